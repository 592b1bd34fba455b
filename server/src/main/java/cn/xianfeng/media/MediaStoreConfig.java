package cn.xianfeng.media;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MediaStoreConfig {

    /** {@code xf.media.store}: {@code local} (the default) or {@code s3}. */
    @Bean
    MediaStore mediaStore(MediaProperties properties) {
        return switch (properties.store()) {
            case "local" -> new LocalMediaStore(Path.of(properties.dir()));
            case "s3" -> new S3MediaStore(properties.s3());
            default -> throw new IllegalStateException(
                    "xf.media.store (XF_MEDIA_STORE) must be local or s3, not " + properties.store());
        };
    }
}
