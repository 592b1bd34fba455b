package cn.xianfeng.push;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a {@link PushRequested} into deliveries (the outbox rows), after the requesting feature's commit, through the
 * event publication registry: a crash before this finishes leaves the publication incomplete, and it is handed over
 * again. Each row is kept single by the dedupe key, so a request handled twice, or published twice, reaches a person
 * once. A scene without a template makes no rows: the in-app card or list is what carries it.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final PushDeliveryMapper deliveries;
    private final PushProperties properties;
    private final PushWorker worker;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(PushDeliveryMapper deliveries, PushProperties properties, PushWorker worker, JsonMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.worker = worker;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PushRequested requested) {
        add(requested);
    }

    /** Writes the request's deliveries; the worker is woken once they are committed. */
    @Transactional
    void add(PushRequested requested) {
        PushProperties.Template template = properties.template(requested.scene());
        if (template == null || requested.refId() == null || requested.refId().isBlank()) {
            return;
        }
        Map<String, String> data = PushValues.data(template.fields(), requested.values());
        String page = page(template.page(), requested.pageQuery());
        String dataJson = json.writeValueAsString(data);
        // The driver reports a duplicate as a found row, so how many were new is not known here, nor needed.
        int people = 0;
        for (Long userId : new LinkedHashSet<>(requested.userIds())) {
            if (userId != null) {
                deliveries.insertIfAbsent(requested.scene(), requested.refId(), userId, template.templateId(), page,
                        dataJson, clock.instant());
                people++;
            }
        }
        if (people > 0) {
            log.info("Push {} {}: deliveries for {} people", requested.scene(), requested.refId(), people);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.kick();
                }
            });
        }
    }

    private static String page(String page, String query) {
        if (page == null || page.isBlank()) {
            return null;
        }
        return query == null || query.isBlank() ? page : page + (page.contains("?") ? "&" : "?") + query;
    }
}
