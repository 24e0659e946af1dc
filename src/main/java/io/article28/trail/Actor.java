package io.article28.trail;

import java.util.Objects;

/**
 * The author of a trail entry: its kind and, where there is one, its identifier (a user
 * id, a job name).
 */
public record Actor(ActorType type, String id) {

	public Actor {
		Objects.requireNonNull(type);
	}

	public static Actor system(String job) {
		return new Actor(ActorType.SYSTEM, job);
	}

	public static Actor anonymous() {
		return new Actor(ActorType.ANONYMOUS, null);
	}
}
