package eu.clustergraph.system.neo4j;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Registers the APOC core and GDS procedures that are on the classpath. An embedded Neo4j only loads procedures from
 * a plugins directory, and the jar has none, so they are found by scanning for their annotations instead.
 */
final class ClasspathProcedures {

	private static final Log logger = LogFactory.getLog(ClasspathProcedures.class);

	private static final List<String> PACKAGES = List.of("apoc", "org.neo4j.gds");

	private ClasspathProcedures() {
	}

	static void register(GraphDatabaseAPI database) {
		GlobalProcedures procedures = database.getDependencyResolver().resolveDependency(GlobalProcedures.class);
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
				return bean.getMetadata().isIndependent() && bean.getMetadata().isConcrete();
			}
		};
		scanner.addIncludeFilter((reader, factory) -> declaresAny(reader.getAnnotationMetadata()));
		int registered = 0;
		List<String> failed = new ArrayList<>();
		for (String basePackage : PACKAGES) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				try {
					registered += register(procedures, candidate);
				}
				catch (Exception | LinkageError failure) {
					// Some optional procedures need libraries the service does not ship (APOC's Arrow loader).
					failed.add(candidate.getBeanClassName() + " (" + failure + ")");
				}
			}
		}
		logger.info("Registered " + registered + " APOC/GDS procedure and function classes");
		if (!failed.isEmpty() && logger.isDebugEnabled()) {
			logger.debug("Not registered, missing optional dependencies: " + failed);
		}
	}

	private static int register(GlobalProcedures procedures, BeanDefinition candidate) throws Exception {
		Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), ClasspathProcedures.class.getClassLoader());
		AnnotationMetadata metadata = AnnotationMetadata.introspect(type);
		int registered = 0;
		if (metadata.hasAnnotatedMethods(Procedure.class.getName())) {
			procedures.registerProcedure(type);
			registered++;
		}
		if (metadata.hasAnnotatedMethods(UserFunction.class.getName())) {
			procedures.registerFunction(type);
			registered++;
		}
		if (metadata.hasAnnotatedMethods(UserAggregationFunction.class.getName())) {
			procedures.registerAggregationFunction(type);
			registered++;
		}
		return registered;
	}

	private static boolean declaresAny(AnnotationMetadata metadata) {
		return metadata.hasAnnotatedMethods(Procedure.class.getName())
				|| metadata.hasAnnotatedMethods(UserFunction.class.getName())
				|| metadata.hasAnnotatedMethods(UserAggregationFunction.class.getName());
	}

}
