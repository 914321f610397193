package org.frontline.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The viewer application (grown by the viewer work). */
public final class FrontlineApp extends Application {
    public static void launchViewer(String[] args) {
        Application.launch(FrontlineApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Frontline");
        stage.setScene(new Scene(new Label("Frontline"), 800, 600));
        stage.show();
    }
}
