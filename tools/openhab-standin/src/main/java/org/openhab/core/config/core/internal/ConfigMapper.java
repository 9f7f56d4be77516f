/**
 * Copyright (c) 2026 Contributors to the Smart Grid add-ons for openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.core.internal;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps configuration parameters to the fields of a configuration class (stand-in body of what openHAB does in
 * {@code Configuration.as}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ConfigMapper {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConfigMapper.class);

    private ConfigMapper() {
    }

    /**
     * @return a new instance of {@code type} whose fields hold the converted parameters of the same name
     * @throws IllegalStateException when {@code type} has no usable no-argument constructor
     */
    public static <T> T as(Map<String, Object> properties, Class<T> type) {
        T instance = instantiate(type);
        for (Class<?> current = type; current != null && current != Object.class; current = current
                .getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || Modifier.isTransient(modifiers)
                        || field.isSynthetic()) {
                    continue;
                }
                Object value = properties.get(field.getName());
                if (value == null) {
                    continue; // absent: the field keeps its default
                }
                Object converted = convert(value, field.getType(), field.getGenericType());
                if (converted == null) {
                    LOGGER.warn("Configuration value '{}' of '{}' cannot be set on field of type {}", value,
                            field.getName(), field.getType().getSimpleName());
                    continue;
                }
                try {
                    field.setAccessible(true);
                    field.set(instance, converted);
                } catch (IllegalAccessException | RuntimeException e) {
                    LOGGER.warn("Cannot set configuration field '{}': {}", field.getName(), e.getMessage());
                }
            }
        }
        return instance;
    }

    private static <T> T instantiate(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create configuration class " + type.getName(), e);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static @Nullable Object convert(Object value, Class<?> type, Type genericType) {
        Class<?> target = box(type);
        if (Collection.class.isAssignableFrom(target)) {
            Type elementType = genericType instanceof ParameterizedType parameterized
                    ? parameterized.getActualTypeArguments()[0]
                    : String.class;
            Class<?> elementClass = elementType instanceof Class<?> c ? c : String.class;
            Collection<?> values = value instanceof Collection<?> collection ? collection : List.of(value);
            Collection<Object> result = Set.class.isAssignableFrom(target) ? new LinkedHashSet<>()
                    : new ArrayList<>();
            for (Object element : values) {
                Object converted = element == null ? null : convert(element, elementClass, elementClass);
                if (converted == null) {
                    return null;
                }
                result.add(converted);
            }
            return result;
        }
        if (target.isInstance(value)) {
            return value;
        }
        if (target == String.class) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        if (target == Boolean.class) {
            String text = value.toString().trim();
            return "true".equalsIgnoreCase(text) ? Boolean.TRUE
                    : "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
        }
        if (target.isEnum()) {
            try {
                return Enum.valueOf((Class<? extends Enum>) target, value.toString().trim());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        BigDecimal number = decimal(value);
        if (number == null) {
            return null;
        }
        if (target == Integer.class) {
            return number.intValue();
        } else if (target == Long.class) {
            return number.longValue();
        } else if (target == Double.class) {
            return number.doubleValue();
        } else if (target == Float.class) {
            return number.floatValue();
        } else if (target == Short.class) {
            return number.shortValue();
        } else if (target == Byte.class) {
            return number.byteValue();
        } else if (target == BigDecimal.class) {
            return number;
        } else if (target == BigInteger.class) {
            return number.toBigInteger();
        }
        return null;
    }

    private static @Nullable BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        } else if (type == long.class) {
            return Long.class;
        } else if (type == double.class) {
            return Double.class;
        } else if (type == float.class) {
            return Float.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        } else if (type == short.class) {
            return Short.class;
        } else if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
