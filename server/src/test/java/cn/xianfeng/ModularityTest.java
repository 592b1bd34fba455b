package cn.xianfeng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through their public facades and events only; this fails when one reaches into another. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(XianfengApplication.class);

    @Test
    void featureBoundariesHold() {
        modules.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .contains("cn.xianfeng.auth", "cn.xianfeng.admin", "cn.xianfeng.wechat", "cn.xianfeng.shared",
                        "cn.xianfeng.runtime");
    }
}
