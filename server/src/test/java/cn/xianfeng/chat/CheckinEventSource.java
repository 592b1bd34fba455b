package cn.xianfeng.chat;

import cn.xianfeng.shared.security.MemberCaller;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stands in for the activity feature until check-in exists: its events, published the way a feature publishes them
 * (inside its own transaction, through a request), and chat's reactions to them, which the real listeners will do
 * alike: an activity card when the activity is scheduled, its live count updated in place per check-in.
 * {@code @Import} it into a test.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({CheckinEventSource.Requests.class, CheckinEventSource.Reactions.class})
public class CheckinEventSource {

    public record TestActivityScheduled(long cobuildingId, long activityId, String title, int expected) {
    }

    public record TestCheckinRecorded(long cobuildingId, long activityId, String title, int checkedIn, int expected) {
    }

    public record CheckinRequest(long cobuildingId, String title, int checkedIn, int expected) {
    }

    static Map<String, Object> payload(String title, int checkedIn, int expected) {
        return Map.of("title", title, "checkedIn", checkedIn, "expected", expected,
                "text", "已签到 " + checkedIn + "/" + expected);
    }

    /** What the activity feature's requests will do after storing their rows: publish, inside their transaction. */
    @RestController
    static class Requests {

        private final ApplicationEventPublisher events;
        private final TransactionTemplate transaction;

        Requests(ApplicationEventPublisher events, TransactionTemplate transaction) {
            this.events = events;
            this.transaction = transaction;
        }

        @PostMapping("/api/mp/test-activities")
        void schedule(MemberCaller caller, @RequestBody TestActivityScheduled scheduled) {
            transaction.executeWithoutResult(status -> events.publishEvent(scheduled));
        }

        @PostMapping("/api/mp/test-activities/{activityId}/checkins")
        void checkin(MemberCaller caller, @PathVariable long activityId, @RequestBody CheckinRequest request) {
            transaction.executeWithoutResult(status -> events.publishEvent(new TestCheckinRecorded(
                    request.cobuildingId(), activityId, request.title(), request.checkedIn(), request.expected())));
        }
    }

    static class Reactions {

        private final ChatCards cards;

        Reactions(ChatCards cards) {
            this.cards = cards;
        }

        @ApplicationModuleListener
        void on(TestActivityScheduled scheduled) {
            cards.postToCobuilding(scheduled.cobuildingId(), CardType.ACTIVITY,
                    payload(scheduled.title(), 0, scheduled.expected()), "activity",
                    String.valueOf(scheduled.activityId()));
        }

        @ApplicationModuleListener
        void on(TestCheckinRecorded recorded) {
            cards.updateOnCobuilding(recorded.cobuildingId(), CardType.ACTIVITY,
                    payload(recorded.title(), recorded.checkedIn(), recorded.expected()), "activity",
                    String.valueOf(recorded.activityId()), recorded.checkedIn());
        }
    }
}
