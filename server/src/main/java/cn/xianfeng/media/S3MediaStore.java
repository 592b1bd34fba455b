package cn.xianfeng.media;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media in an S3-compatible bucket through the AWS SDK v2, with a configurable endpoint and path-style addressing, so
 * MinIO, Tencent COS, Aliyun OSS and the like work as well as AWS. The synchronous client streams both ways: a put
 * reads the file, a get hands the HTTP body on.
 */
class S3MediaStore implements MediaStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    S3MediaStore(MediaProperties.S3 settings) {
        if (!StringUtils.hasText(settings.bucket())) {
            throw new IllegalStateException("xf.media.s3.bucket (XF_MEDIA_S3_BUCKET) is required for the S3 store");
        }
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        if (StringUtils.hasText(settings.endpoint())) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        if (StringUtils.hasText(settings.accessKey())) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
    }

    @Override
    public void put(String key, Path file, String contentType) {
        try {
            s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw failure("put", e);
        }
    }

    @Override
    public InputStream get(String key) {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failure("get", e);
        }
    }

    @Override
    public InputStream range(String key, long first, long last) {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key).range("bytes=" + first + "-" + last));
        } catch (SdkException e) {
            throw failure("range", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failure("delete", e);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw failure("head", e);
        } catch (SdkException e) {
            throw failure("head", e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    /** The SDK's message may quote the endpoint and the key, never a credential; the operation is what we add. */
    private static UncheckedIOException failure(String operation, SdkException e) {
        return new UncheckedIOException("S3 " + operation + " failed", new java.io.IOException(e.getMessage(), e));
    }
}
