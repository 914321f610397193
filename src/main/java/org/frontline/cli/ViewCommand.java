package org.frontline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code view}: opens the viewer on a store (the same as running Frontline with no arguments). */
@Command(name = "view", description = "Open the map viewer on a store.")
public final class ViewCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    private final Services services;

    ViewCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        services.viewer().open(store.file().toAbsolutePath(), store.isDefault());
        return FrontlineCommand.OK;
    }
}
