package eu.clustergraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;

import eu.clustergraph.system.security.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code hash-key}: makes an API key and the configuration that accepts it, so that only a hash of the secret is
 * ever configured. Needs no database.
 */
@Command(name = "hash-key", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Makes an API key: prints the key to hand to its holder (once) and the settings that make the",
				"service accept it, with only a bcrypt hash of the secret." })
class HashKeyCommand implements Callable<Integer> {

	@Option(names = "--name", required = true,
			description = "The key's name: recorded with every change made with it (letters, digits, - and _).")
	String name;

	@Option(names = "--roles", split = ",", defaultValue = "READER",
			description = "What the key may do: READER, CURATOR, ADMIN (each includes the ones before). Default: ${DEFAULT-VALUE}.")
	Set<Role> roles = new LinkedHashSet<>();

	@Option(names = "--secret-from-stdin",
			description = "Read the secret from the first line of standard input instead of making a random one.")
	boolean secretFromStdin;

	@Option(names = "--index", defaultValue = "0",
			description = "The key's position in clustergraph.security.keys. Default: ${DEFAULT-VALUE}.")
	int index;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		if (!this.name.matches("[A-Za-z0-9_-]{1,64}")) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--name must be 1 to 64 letters, digits, '-' or '_' (was '" + this.name + "')");
		}
		String secret = this.secretFromStdin ? readSecret() : randomSecret();
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(secret);
		String prefix = "clustergraph.security.keys[" + this.index + "].";
		PrintWriter out = this.spec.commandLine().getOut();
		out.println("The key, for its holder only (it is not stored anywhere): " + this.name + "." + secret);
		out.println("Send it as the header  X-API-Key: " + this.name + "." + secret);
		out.println();
		out.println("The settings (application.yaml, --options or environment variables):");
		out.println(prefix + "name=" + this.name);
		out.println(prefix + "hash=" + hash);
		out.println(prefix + "roles=" + String.join(",", this.roles.stream().map(Role::name).toList()));
		out.flush();
		return 0;
	}

	private String readSecret() throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String line = in.readLine();
		if (line == null || line.strip().length() < 16) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--secret-from-stdin needs a secret of at least 16 characters on the first line of standard input");
		}
		return line.strip();
	}

	private static String randomSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
