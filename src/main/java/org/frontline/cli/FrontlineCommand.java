package org.frontline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code frontline} command line. Exit codes: 0 success, 1 when some inputs failed (the
 * others were still stored), 2 on usage errors. Messages for the user go to stderr and name the
 * file and the reason.
 */
@Command(name = "frontline", mixinStandardHelpOptions = true, version = "Frontline 0.1.0",
        description = "Territorial claims in news about the war in Ukraine, offline.",
        subcommands = {CommandLine.HelpCommand.class, GazetteerCommand.class, GeocodeCommand.class})
public final class FrontlineCommand implements Runnable {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Builds the command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FrontlineCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("frontline: " + ex.getMessage());
            java.util.logging.Logger.getLogger("org.frontline").log(java.util.logging.Level.FINE, "command failed", ex);
            return SOME_FAILED;
        });
        return cl;
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }
}
