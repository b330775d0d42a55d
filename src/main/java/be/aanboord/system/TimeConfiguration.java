package be.aanboord.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	static final ZoneId BRUSSELS = Formats.BRUSSELS;

	@Bean
	Clock clock() {
		return Clock.system(BRUSSELS);
	}

}
