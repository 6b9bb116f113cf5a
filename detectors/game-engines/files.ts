/** The files the game-engines detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const GAME_ENGINES_FILES = ["**/ProjectSettings/ProjectVersion.txt", "*.uproject", "*.uplugin", "project.godot"];
