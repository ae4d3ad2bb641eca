package org.advocacyledger.config;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/** Axon's {@link Cache} over a bounded Caffeine cache (strong references, size-evicted). */
final class CaffeineAggregateCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> delegate;

    CaffeineAggregateCache(com.github.benmanes.caffeine.cache.Cache<Object, Object> delegate) {
        this.delegate = delegate;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) delegate.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        delegate.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return delegate.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) delegate.get(key, k -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        return delegate.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        delegate.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.asMap().containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        delegate.asMap().computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    /** Entry listeners are not needed by the caching repository; registering one is refused loudly. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("cache entry listeners are not supported by this cache");
    }
}
