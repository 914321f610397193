package org.frontline.util;

import java.util.function.Supplier;

/** A value computed once, on first use, by whichever thread asks first. Thread-safe. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    private Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    public static <T> Supplier<T> of(Supplier<T> compute) {
        return compute instanceof Lazy<T> ? compute : new Lazy<>(compute);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
