package io.article28;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Article28Application {

	public static void main(String[] args) {
		SpringApplication.run(Article28Application.class, args);
	}

}
