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
        subcommands = {
            CommandLine.HelpCommand.class,
            ViewCommand.class,
            IngestCommand.class,
            ClaimsCommand.class,
            GazetteerCommand.class,
            GeocodeCommand.class,
            AreasCommand.class,
            SnapshotCommand.class,
            ExportCommand.class,
        })
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

    /** Builds the command line with every subcommand registered, with {@link Services#unwired()}. */
    public static CommandLine commandLine() {
        return commandLine(Services.unwired());
    }

    /** Builds the command line with every subcommand registered; commands get {@code services}. */
    public static CommandLine commandLine(Services services) {
        return handlingFailures(new CommandLine(new FrontlineCommand(), new ServicesFactory(services)));
    }

    /**
     * The command line for {@code args}: for {@code view} only that command's model (picocli reads
     * every registered command by reflection, half a second of a viewer's start-up spent on
     * commands it will not run), otherwise the whole command line. Run it with the arguments that
     * {@link #argumentsFor} returns.
     */
    public static CommandLine commandLineFor(Services services, String... args) {
        if (args.length > 0 && args[0].equals("view")) {
            CommandLine view = new CommandLine(new ViewCommand(services));
            view.setCommandName("frontline view");
            return handlingFailures(view);
        }
        return commandLine(services);
    }

    /** The arguments to run {@link #commandLineFor}'s command line with. */
    public static String[] argumentsFor(String... args) {
        return args.length > 0 && args[0].equals("view") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
    }

    private static CommandLine handlingFailures(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("frontline: " + ex.getMessage());
            java.util.logging.Logger.getLogger("org.frontline").log(java.util.logging.Level.FINE, "command failed", ex);
            return SOME_FAILED;
        });
        return cl;
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(Services.unwired(), out, err, args);
    }

    /** Runs the command line with the given services and streams; returns the exit code. */
    public static int execute(Services services, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLineFor(services, args);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(argumentsFor(args));
    }
}
