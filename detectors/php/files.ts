/** The files the php detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
// `/*.php`, `*/*.php`: the PHP files at the root and one folder down, where a WordPress plugin's main file is.
// `*.info.yml`: a Drupal 8+ module's, theme's or profile's info file (read for its Drupal keys).
export const PHP_FILES = ["composer.json", "composer.lock", ".php-version", "wp-config.php", "wp-config-sample.php", "style.css", "/*.php", "*/*.php", "*.info.yml", ".wp-env.json"];
