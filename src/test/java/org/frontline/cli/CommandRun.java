package org.frontline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with captured output. Test helper. */
record CommandRun(int exit, String out, String err) {
    static CommandRun of(Services services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = FrontlineCommand.execute(services, new PrintWriter(out), new PrintWriter(err), args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = FrontlineCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
