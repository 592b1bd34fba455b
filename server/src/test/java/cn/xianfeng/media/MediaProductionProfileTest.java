package cn.xianfeng.media;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xianfeng.XianfengApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Media links are only as good as their key: production does not start without {@code XF_SIGNING_SECRET}. */
class MediaProductionProfileTest {

    @Test
    void productionRefusesToStartWithoutTheSigningSecret() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(XianfengApplication.class)
                .profiles("prod")
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:mysql://127.0.0.1:1/none", "--spring.datasource.username=u",
                        "--spring.datasource.password=p", "--spring.data.redis.url=redis://127.0.0.1:1",
                        "--xf.wechat.app-id=wx1", "--xf.wechat.secret=s", "--xf.admin.bootstrap-password=a"))
                .hasMessageContaining("XF_SIGNING_SECRET")
                .hasMessageNotContaining("XF_DB_URL");
    }
}
