package org.frontline.render;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * The squares of a fixed size an image of some width and height is cut into, each marked or not:
 * which parts of a layer changed or were painted, so that only those are repainted or copied.
 * Marked squares are handed out as horizontal runs, one rectangle per run.
 *
 * <p>Thread safety: not thread-safe; confined to the frame that uses it.
 */
final class SquareGrid {
    /** Receives one horizontal run of marked squares, in pixels. */
    interface Run {
        void at(int x, int y, int width, int height);
    }

    private final int width;
    private final int height;
    private final int size;
    private final int cols;
    private final int rows;
    private final boolean[][] marked;
    private int count;

    SquareGrid(int width, int height, int size) {
        this.width = width;
        this.height = height;
        this.size = size;
        this.cols = (width + size - 1) / size;
        this.rows = (height + size - 1) / size;
        this.marked = new boolean[rows][cols];
    }

    /** The share of squares marked, in [0, 1]. */
    double share() {
        return rows * cols == 0 ? 0 : count / (double) (rows * cols);
    }

    /** Marks the squares that a rectangle of pixels reaches, if it reaches the image. */
    void mark(Rectangle2D r) {
        if (!reachesImage(r)) {
            return;
        }
        for (int y = row(r.getMinY()); y <= row(r.getMaxY()); y++) {
            for (int x = col(r.getMinX()); x <= col(r.getMaxX()); x++) {
                if (!marked[y][x]) {
                    marked[y][x] = true;
                    count++;
                }
            }
        }
    }

    /** Whether a rectangle of pixels reaches a marked square. */
    boolean reachesMarked(Rectangle2D r) {
        if (!reachesImage(r)) {
            return false;
        }
        for (int y = row(r.getMinY()); y <= row(r.getMaxY()); y++) {
            for (int x = col(r.getMinX()); x <= col(r.getMaxX()); x++) {
                if (marked[y][x]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Unmarks every square. */
    void clear() {
        for (boolean[] row : marked) {
            Arrays.fill(row, false);
        }
        count = 0;
    }

    /** Calls {@code run} for each horizontal run of marked squares, row by row. */
    void eachRun(Run run) {
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int start = x;
                while (x < cols && marked[y][x]) {
                    x++;
                }
                if (x > start) {
                    run.at(start * size, y * size, (x - start) * size, size);
                }
            }
        }
    }

    private boolean reachesImage(Rectangle2D r) {
        return r.getMaxX() >= 0 && r.getMaxY() >= 0 && r.getMinX() <= width && r.getMinY() <= height
                && cols > 0 && rows > 0;
    }

    private int col(double pixel) {
        return (int) Math.max(0, Math.min(cols - 1, Math.floor(pixel / size)));
    }

    private int row(double pixel) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor(pixel / size)));
    }
}
