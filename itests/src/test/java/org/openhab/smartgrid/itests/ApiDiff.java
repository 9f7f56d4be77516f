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
package org.openhab.smartgrid.itests;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import aQute.bnd.classfile.ClassFile;
import aQute.bnd.classfile.ConstantValueAttribute;
import aQute.bnd.classfile.FieldInfo;

/**
 * Compares what a stand-in class declares with the class of the same name in the real implementation, both seen
 * through reflection (usually loaded by two separate class loaders, so every type is compared by its name).
 * <p>
 * The stand-in is a subset: every public or protected class, constructor, method and field it declares must exist
 * in the real class with the same declaration (access, kind, {@code static}, {@code abstract}/{@code default},
 * overridability, varargs, generic type parameters, return, parameter and field types, checked exceptions, the
 * value of a constant), and an abstract class may not lack an abstract method of the real one (a subclass compiled
 * against the stand-in would be incomplete). Members only the real class has are fine otherwise.
 * <p>
 * Each difference is one line: {@code <class or member>: <stand-in's> in the stand-in, <real> in <real name>}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ApiDiff {

    private final String real;
    private final Set<String> differences = new TreeSet<>();
    private int classes;
    private int members;

    /** @param real how the real implementation is named in the differences, e.g. {@code openHAB 5.2.1} */
    ApiDiff(String real) {
        this.real = real;
    }

    /** @return every difference found so far, one line each, sorted */
    List<String> differences() {
        return List.copyOf(differences);
    }

    /** @return how many classes were compared */
    int classes() {
        return classes;
    }

    /** @return how many constructors, methods and fields were compared */
    int members() {
        return members;
    }

    /** @return whether a class is API a stand-in must match: public or protected, and so are its outer classes */
    static boolean isApi(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass() || !isApi(type.getModifiers())) {
            return false;
        }
        Class<?> outer = type.getDeclaringClass();
        return outer == null || isApi(outer);
    }

    /** The stand-in declares {@code standIn}, the real implementation has no class of that name. */
    void missing(Class<?> standIn) {
        classes++;
        differences.add(standIn.getName() + ": missing in " + real);
    }

    /** Compares a stand-in class and its members with the real class. */
    void compare(Class<?> standIn, Class<?> realClass) {
        classes++;
        String name = standIn.getName();
        differ(name, access(standIn.getModifiers()), access(realClass.getModifiers()));
        differ(name, kind(standIn), kind(realClass));
        if (standIn.isMemberClass() && !standIn.isInterface() && !standIn.isEnum() && !standIn.isRecord()) {
            differ(name, flag(standIn.getModifiers(), Modifier.STATIC, "static nested", "inner"),
                    flag(realClass.getModifiers(), Modifier.STATIC, "static nested", "inner"));
        }
        differ(name, typeParameters(standIn.getTypeParameters()), typeParameters(realClass.getTypeParameters()));
        differ(name, "extends " + typeName(standIn.getGenericSuperclass()),
                "extends " + typeName(realClass.getGenericSuperclass()));
        compareInterfaces(name, standIn, realClass);
        if (standIn.isAnnotation()) {
            differ(name, String.valueOf(retention(standIn)), String.valueOf(retention(realClass)));
            differ(name, String.valueOf(targets(standIn)), String.valueOf(targets(realClass)));
        }
        for (Constructor<?> constructor : standIn.getDeclaredConstructors()) {
            if (isApi(constructor)) {
                members++;
                Constructor<?> match = Stream.of(realClass.getDeclaredConstructors())
                        .filter(c -> !c.isSynthetic() && erasure(c).equals(erasure(constructor))).findFirst()
                        .orElse(null);
                compareExecutable(subject(constructor), constructor, match, realClass.getDeclaredConstructors());
            }
        }
        for (Method method : standIn.getDeclaredMethods()) {
            if (isApi(method) && !method.isBridge()) {
                members++;
                Method match = findMethod(realClass, method.getName(), erasure(method));
                String subject = subject(method);
                compareExecutable(subject, method, match, realClass.getDeclaredMethods());
                if (match != null) {
                    compareMethod(subject, method, match);
                }
            }
        }
        for (Field field : standIn.getDeclaredFields()) {
            if (isApi(field)) {
                members++;
                compareField(name + "." + field.getName(), field, findField(realClass, field.getName()));
            }
        }
        if (!standIn.isInterface() && Modifier.isAbstract(standIn.getModifiers())) {
            for (Method method : realClass.getDeclaredMethods()) {
                if (isApi(method) && Modifier.isAbstract(method.getModifiers())
                        && findMethod(standIn, method.getName(), erasure(method)) == null) {
                    differences.add(name + subject(method).substring(realClass.getName().length())
                            + ": abstract in " + real + ", missing in the stand-in");
                }
            }
        }
    }

    /**
     * Every interface the stand-in class implements, the real class implements too (directly, with the same type
     * arguments, or through a supertype).
     */
    private void compareInterfaces(String name, Class<?> standIn, Class<?> realClass) {
        Set<String> realAll = supertypes(realClass).stream().map(Class::getName).collect(Collectors.toSet());
        Type[] generic = standIn.getGenericInterfaces();
        Class<?>[] raw = standIn.getInterfaces();
        for (int i = 0; i < raw.length; i++) {
            String standInType = typeName(generic[i]);
            String rawName = raw[i].getName();
            Type[] realGeneric = realClass.getGenericInterfaces();
            Class<?>[] realRaw = realClass.getInterfaces();
            @Nullable String realType = null;
            for (int j = 0; j < realRaw.length; j++) {
                if (realRaw[j].getName().equals(rawName)) {
                    realType = typeName(realGeneric[j]);
                }
            }
            if (!realAll.contains(rawName)) {
                differences.add(name + ": implements " + standInType + " in the stand-in, not in " + real);
            } else if (realType != null) {
                differ(name, "implements " + standInType, "implements " + realType);
            }
        }
    }

    private void compareExecutable(String subject, Executable standIn, @Nullable Executable match,
            Executable[] candidates) {
        if (match == null) {
            String sameName = Stream.of(candidates)
                    .filter(c -> c.getName().equals(standIn.getName()) && !c.isSynthetic() && isApi(c))
                    .map(ApiDiff::subject).map(s -> s.substring(s.lastIndexOf('.', s.indexOf('(')) + 1)).sorted()
                    .collect(Collectors.joining(", "));
            differences.add(
                    subject + ": missing in " + real + (sameName.isEmpty() ? "" : " (it has " + sameName + ")"));
            return;
        }
        differ(subject, access(standIn.getModifiers()), access(match.getModifiers()));
        differ(subject, flag(standIn.getModifiers(), Modifier.STATIC, "static", "not static"),
                flag(match.getModifiers(), Modifier.STATIC, "static", "not static"));
        differ(subject, standIn.isVarArgs() ? "varargs" : "not varargs", match.isVarArgs() ? "varargs" : "not varargs");
        differ(subject, typeParameters(standIn.getTypeParameters()), typeParameters(match.getTypeParameters()));
        differ(subject, "parameters " + typeNames(standIn.getGenericParameterTypes()),
                "parameters " + typeNames(match.getGenericParameterTypes()));
        differ(subject, "throws " + checkedExceptions(standIn), "throws " + checkedExceptions(match));
    }

    private void compareMethod(String subject, Method standIn, Method match) {
        differ(subject, body(standIn), body(match));
        differ(subject, overridable(standIn) ? "overridable" : "final", overridable(match) ? "overridable" : "final");
        differ(subject, "returns " + typeName(standIn.getGenericReturnType()),
                "returns " + typeName(match.getGenericReturnType()));
        if (standIn.getDeclaringClass().isAnnotation()) {
            differ(subject, defaultValue(standIn), defaultValue(match));
        }
    }

    private void compareField(String subject, Field standIn, @Nullable Field match) {
        if (match == null) {
            differences.add(subject + ": missing in " + real);
            return;
        }
        differ(subject, access(standIn.getModifiers()), access(match.getModifiers()));
        differ(subject, flag(standIn.getModifiers(), Modifier.STATIC, "static", "not static"),
                flag(match.getModifiers(), Modifier.STATIC, "static", "not static"));
        differ(subject, flag(standIn.getModifiers(), Modifier.FINAL, "final", "not final"),
                flag(match.getModifiers(), Modifier.FINAL, "final", "not final"));
        differ(subject, "of type " + typeName(standIn.getGenericType()), "of type " + typeName(match.getGenericType()));
        if (isConstant(standIn) && isConstant(match)) {
            differ(subject, constant(standIn), constant(match));
        }
    }

    private void differ(String subject, String standIn, String realValue) {
        if (!standIn.equals(realValue)) {
            differences.add(subject + ": " + standIn + " in the stand-in, " + realValue + " in " + real);
        }
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean isApi(Member member) {
        return !member.isSynthetic() && isApi(member.getModifiers());
    }

    /** The method of that name and erased parameters a call would link to: declared in the type or inherited. */
    private static @Nullable Method findMethod(Class<?> type, String name, List<String> parameters) {
        for (Class<?> candidate : supertypes(type)) {
            for (Method method : candidate.getDeclaredMethods()) {
                if (method.getName().equals(name) && !method.isSynthetic() && !method.isBridge()
                        && (candidate == type || !Modifier.isPrivate(method.getModifiers()))
                        && erasure(method).equals(parameters)) {
                    return method;
                }
            }
        }
        return null;
    }

    private static @Nullable Field findField(Class<?> type, String name) {
        for (Class<?> candidate : supertypes(type)) {
            for (Field field : candidate.getDeclaredFields()) {
                if (field.getName().equals(name) && (candidate == type || !Modifier.isPrivate(field.getModifiers()))) {
                    return field;
                }
            }
        }
        return null;
    }

    /** The type, its superclasses, then every interface they implement (breadth first). */
    private static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> result = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            result.add(c);
        }
        Deque<Class<?>> pending = new ArrayDeque<>(result);
        while (!pending.isEmpty()) {
            for (Class<?> implemented : pending.poll().getInterfaces()) {
                if (result.add(implemented)) {
                    pending.add(implemented);
                }
            }
        }
        return result;
    }

    private static List<String> erasure(Executable executable) {
        return Stream.of(executable.getParameterTypes()).map(Class::getTypeName).toList();
    }

    /** {@code Class.<init>(a.B, int)} or {@code Class.name(a.B, int)}, with erased parameter types. */
    private static String subject(Executable executable) {
        String name = executable instanceof Constructor ? "<init>" : executable.getName();
        return executable.getDeclaringClass().getName() + "." + name + "("
                + String.join(",", erasure(executable)) + ")";
    }

    private static String access(int modifiers) {
        return Modifier.isPublic(modifiers) ? "public"
                : Modifier.isProtected(modifiers) ? "protected"
                        : Modifier.isPrivate(modifiers) ? "private" : "package-private";
    }

    private static String flag(int modifiers, int flag, String set, String unset) {
        return (modifiers & flag) != 0 ? set : unset;
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "annotation";
        } else if (type.isInterface()) {
            return "interface";
        } else if (type.isEnum()) {
            return "enum";
        } else if (type.isRecord()) {
            return "record";
        }
        return Modifier.isAbstract(type.getModifiers()) ? "abstract class"
                : Modifier.isFinal(type.getModifiers()) ? "final class" : "class";
    }

    /** {@code abstract}, {@code default} (an interface method with a body) or {@code concrete}. */
    private static String body(Method method) {
        if (Modifier.isAbstract(method.getModifiers())) {
            return "abstract";
        }
        return method.isDefault() ? "default" : "concrete";
    }

    /** Whether a subclass may override the method: neither it nor its class is final. */
    private static boolean overridable(Method method) {
        return !Modifier.isFinal(method.getModifiers()) && !Modifier.isFinal(method.getDeclaringClass().getModifiers())
                && !Modifier.isStatic(method.getModifiers());
    }

    /** An annotation element's default, rendered alike for both class loaders: enum constants by name. */
    private static String defaultValue(Method element) {
        Object value = element.getDefaultValue();
        return value == null ? "no default" : "default " + render(value);
    }

    /** A value as the same text whichever class loader its class comes from. */
    private static String render(@Nullable Object value) {
        if (value != null && value.getClass().isArray()) {
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(render(Array.get(value, i)));
            }
            return elements.toString();
        } else if (value instanceof Enum<?> constant) {
            return constant.name();
        } else if (value instanceof Class<?> type) {
            return type.getName() + ".class";
        }
        return value instanceof String ? '"' + (String) value + '"' : String.valueOf(value);
    }

    private static @Nullable Object retention(Class<?> annotation) {
        Retention retention = annotation.getAnnotation(Retention.class);
        return retention == null ? null : retention.value();
    }

    private static @Nullable Object targets(Class<?> annotation) {
        Target target = annotation.getAnnotation(Target.class);
        return target == null ? null : new TreeSet<>(Arrays.asList(target.value()));
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "no type parameters";
        }
        List<String> rendered = new ArrayList<>();
        for (TypeVariable<?> variable : variables) {
            List<String> bounds = Stream.of(variable.getBounds()).map(ApiDiff::typeName)
                    .filter(b -> !"java.lang.Object".equals(b)).toList();
            rendered.add(variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
        }
        return "<" + String.join(", ", rendered) + ">";
    }

    private static String typeName(@Nullable Type type) {
        return type == null ? "nothing" : type.getTypeName();
    }

    private static String typeNames(Type[] types) {
        return "(" + Stream.of(types).map(ApiDiff::typeName).collect(Collectors.joining(", ")) + ")";
    }

    /** The declared exceptions a caller has to handle: neither runtime exceptions nor errors. */
    private static Set<String> checkedExceptions(Executable executable) {
        return Stream.of(executable.getExceptionTypes())
                .filter(e -> !RuntimeException.class.isAssignableFrom(e) && !Error.class.isAssignableFrom(e))
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A static final field of a primitive type or {@code String}: its value is compiled into its users. */
    private static boolean isConstant(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                && (field.getType().isPrimitive() || field.getType() == String.class);
    }

    /**
     * What a compile-time constant compiles into its users: the field's {@code ConstantValue}, read from the class file
     * (reading the field would initialize the class).
     */
    private static String constant(Field field) {
        Class<?> owner = field.getDeclaringClass();
        String resource = owner.getName().replace('.', '/') + ".class";
        ClassLoader loader = owner.getClassLoader();
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
                : loader.getResourceAsStream(resource)) {
            if (in == null) {
                return "unreadable (no " + resource + ")";
            }
            for (FieldInfo info : ClassFile.parseClassFile(new DataInputStream(in)).fields) {
                if (info.name.equals(field.getName())) {
                    return info.getAttribute(ConstantValueAttribute.class).map(c -> "= " + render(c.value))
                            .orElse("not a compile-time constant");
                }
            }
            return "unreadable (no field " + field.getName() + " in " + resource + ")";
        } catch (IOException e) {
            return "unreadable (" + e + ")";
        }
    }
}
