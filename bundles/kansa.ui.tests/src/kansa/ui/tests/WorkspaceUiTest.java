package kansa.ui.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A UI test that gets a fresh workspace ({@link Fixture}) opened in the workbench before each test. */
abstract class WorkspaceUiTest {

	protected Fixture fx;

	@BeforeEach
	void openWorkspace() throws Exception {
		fx = new Fixture();
	}

	@AfterEach
	void closeWorkspace() throws Exception {
		fx.close();
	}
}
