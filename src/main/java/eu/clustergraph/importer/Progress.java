package eu.clustergraph.importer;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A progress bar with rate and ETA on a terminal; on anything else (a log file, CI, a test) plain log lines every
 * few seconds instead of control characters.
 */
final class Progress implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(Progress.class);

	private final ProgressBar bar;

	private Progress(ProgressBar bar) {
		this.bar = bar;
	}

	static Progress start(String task, long total) {
		ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task)
			.setInitialMax(total)
			.showSpeed()
			.setUnit(" rows", 1);
		if (System.console() != null) {
			builder.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200);
		}
		else {
			builder.setStyle(ProgressBarStyle.ASCII)
				.setUpdateIntervalMillis(5_000)
				.setConsumer(new DelegatingProgressBarConsumer(logger::info, 100));
		}
		return new Progress(builder.build());
	}

	void step(long rows) {
		this.bar.stepBy(rows);
	}

	@Override
	public void close() {
		this.bar.close();
	}

}
