package mgc.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Spec files for report tests: a mix of permitted, prohibited and broken systems. */
public final class SpecFiles {

    private SpecFiles() {}

    /**
     * Five systems and one bad one. Under 2012: "<script>alert(1)</script>" is prohibited on range
     * (line 4), "Hwasong | `x`" on the trade-off (payload on line 10), the UAV on the payload cap
     * beyond range (payload on line 15); the cruise missile and the launcher are permitted. The
     * last document has an unknown type (line 28, column 7).
     */
    public static Path mixed(Path dir) throws IOException {
        return write(dir.resolve("mixed.yaml"), """
                # systems for report tests
                name: "<script>alert(1)</script>"
                type: ballistic-missile
                range: 900 km
                payload: 500 kg
                ---
                name: "Hwasong | `x` *y*"
                type: ballistic-missile
                range: 500 km
                payload: 1200 kg
                ---
                name: Drone & Co
                type: uav
                range: 400 km
                payload: 3000 kg
                ---
                name: Cruiser
                type: cruise-missile
                range: 1000 km
                payload: 450 kg
                ---
                name: Launcher
                type: space-launch-vehicle
                propellant: liquid
                ---
                name: broken
                range: 5 km
                type: ballistic-missle
                payload: 1 kg
                """);
    }

    public static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
