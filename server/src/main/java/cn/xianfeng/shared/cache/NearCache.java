package cn.xianfeng.shared.cache;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.BaseStatusListener;
import org.redisson.client.codec.StringCodec;

/**
 * This instance's copy of values that live elsewhere (Redis, the database), for what is read on every request.
 *
 * <p>Whoever changes a value calls {@link #invalidate} once the change is durable (after commit): this instance drops
 * its copy at once, and every instance drops its own when the key arrives on the cache's pub/sub topic. A key published
 * while an instance's subscription is down is lost to it, so the instance empties its copy whenever it subscribes
 * again; and whatever happens, no copy is believed for longer than the cache's time to live. A value being loaded
 * while any invalidation arrives is returned but not kept: it may be what was just invalidated.
 */
public final class NearCache<V> {

    /** A loaded value and how long it may be believed at most (e.g. a token's remaining lifetime). */
    public record Loaded<V>(V value, long validForMillis) {
    }

    private record Entry<V>(V value, long validUntil) {
    }

    private final ConcurrentMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Moves on every invalidation, so a load that overlapped one is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private final RTopic topic;
    private final long ttlMillis;
    private final int maxEntries;

    /**
     * @param topicName  the pub/sub channel of this cache's invalidations, the same on every instance
     * @param ttl        the longest a copy is believed without loading it again, should an invalidation be lost
     * @param maxEntries past this many the copy starts over: far more than one instance reads within {@code ttl}
     */
    public NearCache(RedissonClient redisson, String topicName, Duration ttl, int maxEntries) {
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
        this.topic = redisson.getTopic(topicName, StringCodec.INSTANCE);
        topic.addListener(String.class, (channel, key) -> drop(key));
        topic.addListener(new BaseStatusListener() {
            @Override
            public void onSubscribe(String channel) {
                clear();
            }
        });
    }

    /** The copy, or what {@code loader} answers; a null answer is not kept (nothing to remember about a miss). */
    public V get(String key, Function<String, V> loader) {
        return getLoaded(key, k -> {
            V value = loader.apply(k);
            return value == null ? null : new Loaded<>(value, ttlMillis);
        });
    }

    /** As {@link #get}, for values whose own lifetime may be shorter than the cache's. */
    public V getLoaded(String key, Function<String, Loaded<V>> loader) {
        long now = System.currentTimeMillis();
        Entry<V> cached = entries.get(key);
        if (cached != null && cached.validUntil() > now) {
            return cached.value();
        }
        long seen = generation.get();
        Loaded<V> loaded = loader.apply(key);
        if (loaded == null) {
            entries.remove(key);
            return null;
        }
        Entry<V> entry = new Entry<>(loaded.value(), now + Math.min(ttlMillis, Math.max(0, loaded.validForMillis())));
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, entry);
        // Re-checked after the put: an invalidation landing between a check and a put would be undone by it.
        if (generation.get() != seen) {
            entries.remove(key, entry);
        }
        return loaded.value();
    }

    /** Drops the key here at once, then on every instance (this one included) through the topic. */
    public void invalidate(String key) {
        drop(key);
        topic.publish(key);
    }

    /** Drops this instance's whole copy. */
    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    private void drop(String key) {
        generation.incrementAndGet();
        entries.remove(key);
    }
}
