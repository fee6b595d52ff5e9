package io.netpoldojo.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

public final class DojoApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("NetPol Dojo");
        stage.setScene(new Scene(new BorderPane(), 1200, 800));
        stage.show();
    }
}
