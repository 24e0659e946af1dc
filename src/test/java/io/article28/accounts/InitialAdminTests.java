package io.article28.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;

class InitialAdminTests {

	private final AccountManagement accounts = mock(AccountManagement.class);

	@Test
	void theFirstStartCreatesAStaffAdminWithTheGivenPassword() {
		when(accounts.hasStaff()).thenReturn(false);
		new InitialAdmin(accounts, "root@provider.example", "chosen-password-1").run(new DefaultApplicationArguments());
		verify(accounts).createStaff("root@provider.example", "Administrator", StaffRole.ADMIN, "chosen-password-1");
	}

	@Test
	void withoutAPasswordALongRandomOneIsGenerated() {
		when(accounts.hasStaff()).thenReturn(false);
		new InitialAdmin(accounts, "root@provider.example", "").run(new DefaultApplicationArguments());
		ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
		verify(accounts).createStaff(eq("root@provider.example"), anyString(), eq(StaffRole.ADMIN), password.capture());
		assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(AccountManagement.MIN_PASSWORD_LENGTH);
	}

	@Test
	void onceStaffExistsNothingIsCreated() {
		when(accounts.hasStaff()).thenReturn(true);
		new InitialAdmin(accounts, "root@provider.example", "chosen-password-1").run(new DefaultApplicationArguments());
		verify(accounts, never()).createStaff(anyString(), anyString(), any(), anyString());
	}

}
