/**
 * Policy briefings (政策解读): the bureau writes, targets, publishes, corrects and withdraws explanations of policies;
 * members read them (a read receipt each) and say they intend to apply (意向申报); the bureau follows each briefing's
 * reach (targeted, delivered, read, intend to apply) and reminds the unread. The policy assistant's retrieval over
 * published briefings lives here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Briefings",
        allowedDependencies = {"admin", "auth", "cobuild", "media", "org", "push", "shared"})
package cn.xianfeng.briefing;
