package cn.xianfeng.push;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Push configuration ({@code xf.push}). {@code scenes}: per scene the template id chosen in WeChat's console (blank:
 * the scene is off and no deliveries are made for it), its title for the mini-program, the page a tap opens and the
 * template's keys mapped to logical value names ({@code thing1: title}). {@code countPopupEvents}: whether WeChat's
 * popup event "accept" adds to the quota too — off while the mini-program reports its results itself, since the two
 * would count one grant twice.
 */
@ConfigurationProperties("xf.push")
record PushProperties(Map<PushScene, Template> scenes,
                      @DefaultValue("PT5S") Duration workerInterval,
                      @DefaultValue("50") int batchSize,
                      @DefaultValue("PT2M") Duration claimTimeout,
                      @DefaultValue("5") int maxAttempts,
                      @DefaultValue("PT30S") Duration firstBackoff,
                      @DefaultValue("PT30M") Duration activityReminderLead,
                      @DefaultValue("false") boolean countPopupEvents) {

    PushProperties {
        scenes = scenes == null ? Map.of() : Map.copyOf(scenes);
    }

    /** The scene's template, or null when the scene is off. */
    Template template(PushScene scene) {
        Template t = scenes.get(scene);
        return t == null || t.templateId() == null || t.templateId().isBlank() ? null : t;
    }

    record Template(String templateId, String title, String page, Map<String, String> fields) {

        Template {
            fields = fields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(fields));
        }
    }
}
