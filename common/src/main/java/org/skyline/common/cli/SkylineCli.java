package org.skyline.common.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/skyline}: the operator's umbrella command. Each subcommand is its own class in this package;
 * register it in {@link #subcommands()}.
 */
@Command(name = "skyline", mixinStandardHelpOptions = true, version = "skyline-jvm 1.1.11",
        description = "Skyline for the JVM: operator and test commands.")
public final class SkylineCli implements Runnable {

    static Object[] subcommands() {
        return new Object[] {
            // one line per subcommand, e.g. new SettingsCommand(),
            new DbCommand(),
            // one line per subcommand
            new SettingsCommand(),
            new SeedDataCommand(),
            new VerifyAlertsCommand(),
            // one line per subcommand, e.g. new SettingsCommand(),
            new GoldenReplayCommand(),
            new FeaturesCommand(),
        };
    }

    @Override public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        quietLogging();
        CommandLine cl = new CommandLine(new SkylineCli());
        for (Object sub : subcommands()) cl.addSubcommand(sub);
        System.exit(cl.execute(args));
    }

    /**
     * Without a logback.xml, logback logs everything at DEBUG to the console: a command line tool should say
     * only what an operator needs (INFO and above, on stderr so stdout stays the command's output).
     */
    private static void quietLogging() {
        if (!(org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx)) return;
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        root.iteratorForAppenders().forEachRemaining(a -> {
            if (a instanceof ch.qos.logback.core.ConsoleAppender<?> console) {
                console.stop();
                console.setTarget("System.err");
                console.start();
            }
        });
    }
}
