package cn.xianfeng.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Media settings. {@code store}: {@code local} (files under {@code dir}) or {@code s3} (any S3-compatible service).
 * {@code publicBaseUrl}: how WeChat reaches this server, for the links its image check downloads.
 * {@code orphanAge}: how long an upload nothing uses is kept.
 */
@ConfigurationProperties("xf.media")
public record MediaProperties(
        @DefaultValue("10MB") DataSize maxBytes,
        @DefaultValue("local") String store,
        @DefaultValue("data/media") String dir,
        @DefaultValue S3 s3,
        String publicBaseUrl,
        @DefaultValue("PT24H") Duration orphanAge,
        @DefaultValue("PT1M") Duration checkInterval,
        @DefaultValue("PT1H") Duration orphanInterval,
        @DefaultValue("2") int processingThreads) {

    /** An S3-compatible bucket; path-style addressing, so MinIO and the like work without DNS tricks. */
    public record S3(String endpoint, String bucket, @DefaultValue("us-east-1") String region, String accessKey,
                     String secretKey) {
    }
}
