package io.netpoldojo.classroom;

/** A device's view of the room as the page reads it ({@code GET /api/state} and every event). */
final class DeviceJson {
    private DeviceJson() {}

    static String of(DeviceView view) {
        Json json = Json.object().put("joined", true).put("phase", view.phase().wireName());
        view.poll().ifPresent(poll -> {
            json.put("round", view.round()).put("ballot", view.ballot());
            json.put("question", Json.object().put("id", poll.id()).put("text", poll.text())
                    .putStrings("choices", poll.choices()).put("diagram", poll.diagram().isPresent()));
            view.choice().ifPresent(c -> json.put("choice", c));
            view.firstChoice().ifPresent(c -> json.put("firstChoice", c));
        });
        view.reveal().ifPresent(r -> json.put("reveal", Json.object().put("correct", r.correct())
                .put("headline", r.headline()).putStrings("explanation", r.explanation())
                .put("diagram", r.diagram().isPresent())));
        return json.toString();
    }

    /** What a device that has not joined (or whose room has ended) is told. */
    static String notJoined() {
        return Json.object().put("joined", false).toString();
    }

    static String error(String message) {
        return Json.object().put("error", message).toString();
    }
}
