package org.frontline.render;

/**
 * A settlement drawn as a dot and, when room allows, a label.
 *
 * @param name       label
 * @param x          map x, metres
 * @param y          map y, metres
 * @param population used to rank labels (larger places win the room)
 */
public record SettlementMark(String name, double x, double y, long population) {
}
