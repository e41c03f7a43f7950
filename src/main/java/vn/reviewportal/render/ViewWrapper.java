package vn.reviewportal.render;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * How templates see the view records: a record is a hash of its components, nothing else (no
 * methods, no {@code toString}), and each component is wrapped once per record model however
 * often a template reads it. Everything that is not a record is wrapped as FreeMarker's default
 * wrapper does.
 *
 * <p>FreeMarker's own bean wrapper made a new model, with a look-up in its class introspector and
 * a reflective call, for every {@code view.x.y} a template evaluated: 40 % of the time of
 * rendering a province's pages (docs/performance.md).
 */
final class ViewWrapper extends DefaultObjectWrapper {

    /** The components of each record class, by name, with their position; made once per class. */
    private static final ClassValue<Components> COMPONENTS = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            return new Components(type.getRecordComponents());
        }
    };

    ViewWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Record record) {
            return new RecordModel(record, COMPONENTS.get(record.getClass()), this);
        }
        return super.handleUnknownType(object);
    }

    private static final class Components {
        private final Map<String, Integer> indexes = new HashMap<>();
        private final Method[] accessors;

        Components(RecordComponent[] components) {
            accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                indexes.put(components[i].getName(), i);
                accessors[i] = components[i].getAccessor();
                // Views may be records nested in package-private classes.
                accessors[i].setAccessible(true);
            }
        }
    }

    private static final class RecordModel implements TemplateHashModel {
        private final Record record;
        private final Components components;
        private final ViewWrapper wrapper;
        private final TemplateModel[] values;

        RecordModel(Record record, Components components, ViewWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
            this.values = new TemplateModel[components.accessors.length];
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Integer index = components.indexes.get(key);
            if (index == null) {
                return null;
            }
            TemplateModel value = values[index];
            if (value == null) {
                value = wrapper.wrap(read(index));
                values[index] = value;
            }
            return value;
        }

        private Object read(int index) throws TemplateModelException {
            try {
                return components.accessors[index].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + record.getClass().getSimpleName()
                        + "." + components.accessors[index].getName(), e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
