package cn.xianfeng.media;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What other features may ask about uploads: who uploaded one and what it is (to accept it as a check-in photo, a
 * chat image, an avatar), and signed links to show it. Hidden media (a risky verdict) get no links.
 */
@Component
public class MediaDirectory {

    private final MediaMapper media;
    private final MediaSigner signer;

    MediaDirectory(MediaMapper media, MediaSigner signer) {
        this.media = media;
        this.signer = signer;
    }

    public Optional<MediaInfo> find(long mediaId) {
        return Optional.ofNullable(media.selectById(mediaId)).map(MediaDirectory::info);
    }

    /** The uploads among these ids that exist, by id. */
    public Map<Long, MediaInfo> findAll(Collection<Long> mediaIds) {
        Map<Long, MediaInfo> found = new LinkedHashMap<>();
        for (Media row : media.listByIds(distinct(mediaIds))) {
            found.put(row.getId(), info(row));
        }
        return found;
    }

    /**
     * Whether every one of these uploads may be attached by this member as a photo of this purpose
     * ({@link MediaInfo#usablePhotoOf}); true for none.
     */
    public boolean allUsablePhotos(long userId, MediaPurpose purpose, Collection<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return true;
        }
        Map<Long, MediaInfo> found = findAll(mediaIds);
        return mediaIds.stream().allMatch(id -> found.containsKey(id) && found.get(id).usablePhotoOf(userId, purpose));
    }

    /** Signed links; ids that do not exist or are hidden are absent from the map. */
    public Map<Long, MediaLinks> linksOf(Collection<Long> mediaIds) {
        Map<Long, Media> rows = new LinkedHashMap<>();
        media.listByIds(distinct(mediaIds)).forEach(row -> rows.put(row.getId(), row));
        Map<Long, MediaLinks> links = new LinkedHashMap<>();
        long expiry = signer.expiry();
        for (Long id : mediaIds) {
            Media row = id == null ? null : rows.get(id);
            if (row != null && !Boolean.TRUE.equals(row.getHidden())) {
                links.putIfAbsent(id, links(row, signer, expiry));
            }
        }
        return links;
    }

    public Optional<MediaLinks> links(long mediaId) {
        return Optional.ofNullable(linksOf(List.of(mediaId)).get(mediaId));
    }

    static MediaLinks links(Media row, MediaSigner signer, long expiry) {
        MediaType type = MediaType.ofContentType(row.getContentType());
        String thumb = type != null && type.image() ? signer.url(row.getId(), MediaVariant.THUMB, expiry) : null;
        return new MediaLinks(Long.toString(row.getId()), row.getContentType(),
                signer.url(row.getId(), MediaVariant.ORIGINAL, expiry), thumb, row.getWidth(), row.getHeight());
    }

    static MediaInfo info(Media row) {
        return new MediaInfo(row.getId(), new MediaUploader(row.getUploaderType(), row.getUploaderId()),
                row.getPurpose(), row.getContentType(), row.getWidth(), row.getHeight(), row.getCapturedAt(),
                Boolean.TRUE.equals(row.getHidden()), Boolean.TRUE.equals(row.getAttached()));
    }

    private static List<Long> distinct(Collection<Long> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
