package org.frontline.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which layers are drawn and in what order. Immutable; toggling or moving a layer makes a new stack.
 *
 * @param order  every layer once, bottom first
 * @param hidden layers not drawn
 */
public record LayerStack(List<LayerKind> order, Set<LayerKind> hidden) {
    public LayerStack {
        if (order.size() != LayerKind.values().length || EnumSet.copyOf(order).size() != order.size()) {
            throw new IllegalArgumentException("the order must name every layer once: " + order);
        }
        order = List.copyOf(order);
        hidden = hidden.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hidden));
    }

    public static LayerStack defaults() {
        return new LayerStack(List.of(LayerKind.values()), Set.of());
    }

    public boolean visible(LayerKind kind) {
        return !hidden.contains(kind);
    }

    public LayerStack toggled(LayerKind kind) {
        Set<LayerKind> h = hidden.isEmpty() ? EnumSet.noneOf(LayerKind.class) : EnumSet.copyOf(hidden);
        if (!h.remove(kind)) {
            h.add(kind);
        }
        return new LayerStack(order, h);
    }

    public LayerStack withVisible(LayerKind kind, boolean visible) {
        return visible(kind) == visible ? this : toggled(kind);
    }

    /** Moves a layer one step up (drawn later) when {@code delta} is +1, down when -1. */
    public LayerStack moved(LayerKind kind, int delta) {
        List<LayerKind> o = new ArrayList<>(order);
        int i = o.indexOf(kind);
        int j = Math.max(0, Math.min(o.size() - 1, i + delta));
        o.remove(i);
        o.add(j, kind);
        return new LayerStack(o, hidden);
    }
}
