package eu.clustergraph.system.neo4j;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's log, as the service configures it: a debug message is formatted only while debug is on. */
class DriverLoggingTests {

	private static final String NAME = "org.neo4j.driver.test";

	private final AtomicInteger formatted = new AtomicInteger();

	private final Object message = new Object() {
		@Override
		public String toString() {
			DriverLoggingTests.this.formatted.incrementAndGet();
			return "a large Bolt message";
		}
	};

	@AfterEach
	void resetLevel() {
		logback().setLevel(null);
	}

	@Test
	void aDebugMessageIsNotFormattedWhileTheDriversDebugLogIsOff() {
		logback().setLevel(Level.INFO);

		driverLog().debug("C: %s", this.message);

		assertThat(this.formatted).hasValue(0);
	}

	@Test
	void aDebugMessageIsLoggedWhenTheDriversDebugLogIsOn() {
		logback().setLevel(Level.DEBUG);

		driverLog().debug("C: %s", this.message);

		assertThat(this.formatted).hasValue(1);
	}

	private static Logger driverLog() {
		Config.ConfigBuilder builder = Config.builder();
		new DriverLogging().driverLogsThroughSlf4j().customize(builder);
		return builder.build().logging().getLog(NAME);
	}

	private static ch.qos.logback.classic.Logger logback() {
		return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(NAME);
	}

}
