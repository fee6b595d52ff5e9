package io.netpoldojo.ui.quiz;

import io.netpoldojo.workspace.Workspace;

/** What the quiz asks of the rest of the app: showing a lesson, opening a scenario in the Playground. */
interface QuizActions {
    void openLesson(String lessonId);

    void openInPlayground(String title, Workspace workspace);
}
