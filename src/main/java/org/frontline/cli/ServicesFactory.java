package org.frontline.cli;

import picocli.CommandLine;

/**
 * Makes picocli's command objects, handing {@link Services} to the commands that need them;
 * everything else is made by picocli's default factory. Immutable and thread-safe.
 */
final class ServicesFactory implements CommandLine.IFactory {
    private final Services services;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ServicesFactory(Services services) {
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == IngestCommand.class) {
            return cls.cast(new IngestCommand(services));
        }
        if (cls == ClaimsCommand.class) {
            return cls.cast(new ClaimsCommand(services));
        }
        if (cls == ViewCommand.class) {
            return cls.cast(new ViewCommand(services));
        }
        return fallback.create(cls);
    }
}
