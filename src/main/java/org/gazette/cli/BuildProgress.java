package org.gazette.cli;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long build: one bar per stage (parse, render, index, search, publish) with its count,
 * redrawn in place on a terminal, and nothing at all when the output is not a terminal (a log or a
 * CI run gets only the summary).
 */
interface BuildProgress {

    /** One stage: steps may come from any thread. */
    interface Stage extends AutoCloseable {
        void step();

        @Override
        void close();
    }

    Stage stage(String name, long total);

    /** Shows nothing. */
    BuildProgress QUIET = (name, total) -> new Stage() {
        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    /** Bars on standard error when it is a terminal, else {@link #QUIET}. */
    static BuildProgress forConsole() {
        if (System.console() == null) return QUIET;
        PrintStream err = System.err;
        return (name, total) -> {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(String.format("%-8s", name)).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
            return new Stage() {
                @Override
                public void step() {
                    bar.step();
                }

                @Override
                public void close() {
                    bar.stepTo(bar.getMax()); // a stage may need less than it announced: an index updated from a few entries
                    bar.close();
                }
            };
        };
    }
}
