package be.aanboord.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Shutdown in two steps, so that a load balancer stops sending requests to an instance
 * before its port closes: first readiness goes down, then the web server shuts down
 * gracefully.
 * <p>
 * When the application context closes (SIGTERM, {@code ops/instance.sh stop}, a
 * Kubernetes pod being deleted), this listener runs first, before any lifecycle bean
 * stops: it publishes {@link ReadinessState#REFUSING_TRAFFIC} (the management port's
 * {@code /actuator/health/readiness} then answers 503 {@code OUT_OF_SERVICE}) and waits
 * {@code aanboord.shutdown.drain-delay}, while the main port keeps serving every request
 * as before. A balancer that checks readiness takes the instance out of rotation during
 * that wait; only then does Spring Boot's graceful shutdown ({@code server.shutdown=
 * graceful}) stop accepting connections and let the requests in progress complete (within
 * {@code spring.lifecycle.timeout-per-shutdown-phase}), and the management port closes
 * last.
 * <p>
 * The delay must cover the balancer's detection time: with HAProxy's {@code inter 1s
 * fall 2} in {@code ops/haproxy/haproxy.cfg} that is at most about 2 × 1 s plus a check
 * time-out, hence the default of 5 s; in Kubernetes it plays the part of a
 * {@code preStop} sleep (the readiness probe's {@code periodSeconds × failureThreshold},
 * plus the time the endpoints take to update), and {@code terminationGracePeriodSeconds}
 * must exceed the drain delay plus the graceful shutdown time-out. {@code 0s} turns the
 * wait off (tests). A listener of {@link ContextClosedEvent} rather than a lifecycle
 * bean, because Spring's task executors already stop taking tasks on that event: the
 * instance stays fully working while it drains.
 */
@Component
class ShutdownDrain implements ApplicationListener<ContextClosedEvent>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ApplicationContext context;

	private final ApplicationAvailability availability;

	private final Duration drainDelay;

	ShutdownDrain(ApplicationContext context, ApplicationAvailability availability,
			@Value("${aanboord.shutdown.drain-delay:5s}") Duration drainDelay) {
		this.context = context;
		this.availability = availability;
		this.drainDelay = drainDelay;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		// a child context (the management server's) closing also reaches this listener
		if (event.getApplicationContext() != this.context) {
			return;
		}
		if (this.availability.getReadinessState() != ReadinessState.REFUSING_TRAFFIC) {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		}
		if (this.drainDelay.isZero() || this.drainDelay.isNegative()) {
			return;
		}
		log.info("Refusing traffic: waiting {} ms for the load balancer before the web server shuts down",
				this.drainDelay.toMillis());
		try {
			Thread.sleep(this.drainDelay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
