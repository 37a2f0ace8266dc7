package io.adeplatform.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Calls a channel's {@code @Incoming} method directly with a record: how a replayed dead letter reaches exactly the
 * consumer that dead-lettered it (the method of the bean, through its CDI proxy, so interceptors apply), without
 * writing to a topic the service does not own and without the topic's other consumers seeing it again.
 */
@ApplicationScoped
public class ChannelInvokers {

    @Inject
    BeanManager beans;

    private volatile Map<String, Consumer<ConsumerRecord<String, String>>> byChannel;

    /** The consumer of the channel, when a bean has an {@code @Incoming} method taking a ConsumerRecord for it. */
    public Optional<Consumer<ConsumerRecord<String, String>>> of(String channel) {
        if (byChannel == null) {
            byChannel = scan();
        }
        return Optional.ofNullable(byChannel.get(channel));
    }

    private Map<String, Consumer<ConsumerRecord<String, String>>> scan() {
        Map<String, Consumer<ConsumerRecord<String, String>>> found = new HashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            for (Method method : bean.getBeanClass().getDeclaredMethods()) {
                Class<?>[] parameters = method.getParameterTypes();
                if (parameters.length != 1 || !ConsumerRecord.class.equals(parameters[0])) {
                    continue;
                }
                for (Incoming incoming : method.getAnnotationsByType(Incoming.class)) {
                    found.put(incoming.value(), record -> invoke(bean, method, record));
                }
            }
        }
        return Map.copyOf(found);
    }

    private void invoke(Bean<?> bean, Method method, ConsumerRecord<String, String> record) {
        Object instance = beans.getReference(bean, bean.getBeanClass(), beans.createCreationalContext(bean));
        try {
            method.setAccessible(true);
            method.invoke(instance, record);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method, e);
        }
    }
}
