package be.aanboord;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AanBoordApplication {

	public static void main(String[] args) {
		SpringApplication.run(AanBoordApplication.class, args);
	}

}
