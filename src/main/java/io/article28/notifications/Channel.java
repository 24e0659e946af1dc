package io.article28.notifications;

/** How a notification reaches its recipient. */
public enum Channel {

	EMAIL, WEBHOOK, IN_APP

}
