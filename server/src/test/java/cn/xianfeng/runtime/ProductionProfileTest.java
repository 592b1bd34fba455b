package cn.xianfeng.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xianfeng.XianfengApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** prod without its environment must stop before touching anything, saying in one line what is missing. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    @Test
    void refusesToStartWithoutItsEnvironment(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(XianfengApplication.class)
                .profiles("prod")
                .web(WebApplicationType.NONE)
                .run())
                .isInstanceOf(ProductionConfigurationException.class)
                .hasMessageContaining("XF_DB_URL")
                .hasMessageContaining("XF_WX_SECRET")
                .hasMessageContaining("XF_ADMIN_PASSWORD");

        assertThat(output.getAll()).contains("The prod profile cannot start: missing environment variables XF_DB_URL");
    }

    @Test
    void refusesToStartWithTheSimulatorOn() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(XianfengApplication.class)
                .profiles("prod")
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:mysql://127.0.0.1:1/none", "--spring.datasource.username=u",
                        "--spring.datasource.password=p", "--spring.data.redis.url=redis://127.0.0.1:1",
                        "--xf.wechat.app-id=wx1", "--xf.wechat.secret=s", "--xf.security.signing-secret=k",
                        "--xf.admin.bootstrap-password=a", "--xf.wechat.simulator.enabled=true"))
                .isInstanceOf(ProductionConfigurationException.class)
                .hasMessageContaining("simulator must be off")
                .hasMessageNotContaining("missing");
    }
}
