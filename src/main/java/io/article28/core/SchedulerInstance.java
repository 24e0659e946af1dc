package io.article28.core;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;

/**
 * Each instance signs the job runs it takes with a name of its own: the host, the process
 * and a random part, since two instances on one host would otherwise both go by the
 * host's name. How soon a run whose instance died is taken over is set with the heartbeat
 * in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerInstance {

	@Bean
	DbSchedulerCustomizer uniqueSchedulerName() {
		String name = host() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return new DbSchedulerCustomizer() {
			@Override
			public Optional<SchedulerName> schedulerName() {
				return Optional.of(new SchedulerName.Fixed(name));
			}
		};
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "host";
		}
	}

}
