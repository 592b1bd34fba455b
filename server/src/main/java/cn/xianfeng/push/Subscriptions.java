package cn.xianfeng.push;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.wechat.WeChatSubscriptionChanged;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' grants (订阅): each "accept" is one send of that template; refusals are kept so that the bureau can
 * tell "never asked" from "said no". Only the configured templates are recorded: anything else is nothing we send.
 */
@Service
class Subscriptions {

    private final PushQuotaMapper quotas;
    private final PushProperties properties;
    private final MemberDirectory members;

    Subscriptions(PushQuotaMapper quotas, PushProperties properties, MemberDirectory members) {
        this.quotas = quotas;
        this.properties = properties;
        this.members = members;
    }

    PushTemplateList templates() {
        return new PushTemplateList(properties.scenes().keySet().stream().sorted()
                .map(scene -> {
                    PushProperties.Template t = properties.template(scene);
                    return t == null ? null : new PushTemplateItem(scene, t.templateId(), t.title());
                })
                .filter(item -> item != null).toList());
    }

    @Transactional
    void record(long userId, SubscriptionResultsRequest request) {
        Set<String> known = knownTemplateIds();
        for (SubscriptionResultsRequest.Result r : request.results()) {
            if (known.contains(r.templateId())) {
                apply(userId, r.templateId(), r.result());
            }
        }
    }

    /**
     * WeChat's own account of the popup and of later switches. A popup "accept" counts only when configured to
     * (the mini-program reports the same grant); a switch-off is a refusal whose remaining grants 43101 will zero.
     */
    @ApplicationModuleListener
    void on(WeChatSubscriptionChanged changed) {
        if (!knownTemplateIds().contains(changed.templateId())) {
            return;
        }
        if ("accept".equals(changed.status()) && !properties.countPopupEvents()) {
            return;
        }
        members.userIdByOpenid(changed.openid())
                .ifPresent(userId -> apply(userId, changed.templateId(), changed.status()));
    }

    private void apply(long userId, String templateId, String result) {
        switch (result) {
            case "accept" -> quotas.grant(userId, templateId);
            case "ban" -> quotas.refuse(userId, templateId, "ban", true);
            case "reject", "filter" -> quotas.refuse(userId, templateId, result, false);
            default -> {
                // WeChat's events may one day carry other words; they grant nothing.
            }
        }
    }

    private Set<String> knownTemplateIds() {
        return properties.scenes().keySet().stream().map(properties::template).filter(t -> t != null)
                .map(PushProperties.Template::templateId).collect(Collectors.toSet());
    }
}
