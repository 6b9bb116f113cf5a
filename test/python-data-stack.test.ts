import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const opts = { git: false } as const;
const named = (tools: import("../src/types.js").ToolEntry[], name: string) => tools.find((t) => t.name.toLowerCase() === name.toLowerCase());

describe("data stack packages", () => {
  it("dbt adapters beyond the warehouse ones (DuckDB, Spark, Trino, SQL Server, Fabric, Athena, ClickHouse) mean dbt", async () => {
    for (const adapter of ["dbt-duckdb", "dbt-spark", "dbt-trino", "dbt-sqlserver", "dbt-fabric", "dbt-athena-community", "dbt-clickhouse"]) {
      const { document } = await scan(new MemorySource({ "requirements.txt": `${adapter}==1.8.1\n` }), opts);
      expect(named(document.tools, "dbt"), adapter).toMatchObject({ detection_source: "requirements.txt" });
      // an adapter is numbered on its own (decoupled from dbt-core since 1.8): not dbt's release
      expect(named(document.tools, "dbt")?.version, adapter).toBeUndefined();
    }
  });
});

describe("DuckDB, the embedded database", () => {
  it("is named from its own packages at their release (they are the engine), and from a binding on its own numbering without one", async () => {
    const py = await scan(new MemorySource({ "requirements.txt": "duckdb==1.0.0\npandas==2.2.2\n" }), opts);
    expect(named(py.document.tools, "DuckDB")).toMatchObject({ version: "1.0.0", category: "Data Stores", detection_source: "requirements.txt" });
    const js = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "q", dependencies: { "@duckdb/duckdb-wasm": "1.28.0" } }) }), opts);
    expect(named(js.document.tools, "DuckDB")).toBeDefined();
    expect(named(js.document.tools, "DuckDB")?.version).toBeUndefined();
    const r = await scan(new MemorySource({ DESCRIPTION: "Package: q\nVersion: 0.1.0\nImports: duckdb (>= 1.0.0), DBI\n" }), opts);
    expect(named(r.document.tools, "DuckDB")).toBeDefined();
  });
});

describe("Python framework backends for a data store", () => {
  it("MongoDB's own Django backend names MongoDB; flask-redis names Redis, without its own release", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "Django==5.0.9\ndjango-mongodb-backend==5.0.0\nflask-redis==0.4.0\n" }), opts);
    expect(named(document.tools, "MongoDB")).toMatchObject({ detection_source: "requirements.txt" });
    expect(named(document.tools, "Redis")).toMatchObject({ detection_source: "requirements.txt" });
    expect(named(document.tools, "Redis")?.version).toBeUndefined();
  });
});

describe("conda environment files by name", () => {
  it("environment-dev.yml, environment_gpu.yaml, dev-environment.yml and MLflow's conda.yaml are read; the content decides", async () => {
    const env = (pkg: string) => `name: x\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - ${pkg}\n  - pip:\n      - mlflow==2.14.1\n`;
    for (const [file, pkg, tool] of [
      ["envs/environment-dev.yml", "jupyterlab=4.2.0", "Jupyter"],
      ["environment_gpu.yaml", "pytorch=2.3.0", "PyTorch"],
      ["ci/dev-environment.yml", "numpy=1.26.4", "NumPy"],
      ["model/conda.yaml", "scipy=1.13.0", "SciPy"],
    ] as const) {
      const { document } = await scan(new MemorySource({ [file]: env(pkg) }), opts);
      expect(named(document.tools, tool), file).toMatchObject({ detection_source: file });
      expect(named(document.tools, "Anaconda"), file).toBeDefined();
      expect(named(document.tools, "mlflow"), file).toMatchObject({ version: "2.14.1" });
    }
    // a deployment's settings under such a name (no list of packages) are not a conda environment
    const plain = await scan(new MemorySource({ "environment.prod.yml": "name: prod\nvariables:\n  A: b\n", "environments.yml": "dependencies:\n  - numpy\n" }), opts);
    expect(named(plain.document.tools, "Anaconda")).toBeUndefined();
  });
});

describe("vector database clients", () => {
  it("pymilvus, Milvus's own SDK, names Milvus without giving it the client's release", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "pymilvus==2.4.4\nqdrant-client==1.10.1\n" }), opts);
    expect(named(document.tools, "Milvus")).toMatchObject({ detection_source: "requirements.txt" });
    expect(named(document.tools, "Milvus")?.version).toBeUndefined();
    expect(named(document.tools, "Qdrant")).toBeDefined();
  });
});

describe("conda images", () => {
  it("micromamba's, Miniforge's and Miniconda's images mean a conda environment, without their installer's release", async () => {
    for (const image of ["mambaorg/micromamba:1.5.8", "condaforge/miniforge3:24.3.0-0", "condaforge/mambaforge:23.11.0-0", "continuumio/miniconda3:24.1.2-0"]) {
      const { document } = await scan(new MemorySource({ Dockerfile: `FROM ${image}\nCOPY env.yaml /tmp/env.yaml\n` }), opts);
      expect(named(document.tools, "Anaconda"), image).toMatchObject({ detection_source: "Dockerfile" });
      expect(named(document.tools, "Anaconda")?.version, image).toBeUndefined();
    }
  });
});

describe("Hugging Face Spaces", () => {
  const card = (body: string) => `---\ntitle: Captioner\nemoji: 🖼️\ncolorFrom: indigo\ncolorTo: pink\n${body}app_file: app.py\npinned: false\n---\n\nSee the configuration reference.\n`;

  it("a Space's README configuration names the SDK it runs, at its release, and the Python version", async () => {
    const { document } = await scan(new MemorySource({ "README.md": card('sdk: gradio\nsdk_version: 4.36.1\npython_version: "3.10"\n'), "requirements.txt": "transformers==4.41.2\n" }), opts);
    expect(named(document.tools, "Gradio")).toMatchObject({ version: "4.36.1", detection_source: "README.md" });
    expect(named(document.tools, "Python")).toMatchObject({ version: "3.10", detection_source: "README.md" });
    // the Space installs the SDK itself: no package entry of a manifest
    expect(document.tools.some((t) => t.package_url?.endsWith("/gradio"))).toBe(false);
    const streamlit = await scan(new MemorySource({ "README.md": card("sdk: streamlit\nsdk_version: 1.36.0\n") }), opts);
    expect(named(streamlit.document.tools, "Streamlit")).toMatchObject({ version: "1.36.0", detection_source: "README.md" });
  });

  it("another README's front matter, a model card's or one below the root, names nothing", async () => {
    const model = "---\nlicense: apache-2.0\nlibrary_name: transformers\npipeline_tag: text-generation\n---\n# Model\n";
    const { document } = await scan(new MemorySource({ "README.md": model, "demo/README.md": card("sdk: gradio\nsdk_version: 4.36.1\n") }), opts);
    expect(named(document.tools, "Gradio")).toBeUndefined();
    expect(named(document.tools, "Transformers")).toBeUndefined();
    const broken = await scan(new MemorySource({ "README.md": "---\nsdk: [gradio\n---\n" }), opts);
    expect(broken.warnings).toEqual([]);
    // The Space's card, at the root, names its SDK.
    const space = await scan(new MemorySource({ "README.md": card("sdk: gradio\nsdk_version: 4.36.1\n") }), opts);
    expect(named(space.document.tools, "Gradio")).toBeDefined();
  });
});

describe("LLM clients", () => {
  it("ollama-python names Ollama without giving the server the client's release", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "ollama==0.3.1\n" }), opts);
    expect(named(document.tools, "Ollama")).toMatchObject({ detection_source: "requirements.txt" });
    expect(named(document.tools, "Ollama")?.version).toBeUndefined();
  });

  it("ollama-js, its npm client, likewise", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify({ dependencies: { ollama: "^0.5.11" } }) }), opts);
    expect(named(document.tools, "Ollama")).toMatchObject({ detection_source: "package.json" });
    expect(named(document.tools, "Ollama")?.version).toBeUndefined();
  });
});

describe("uv", () => {
  it("uv.toml, uv's own configuration file, names Astral uv", async () => {
    const { document } = await scan(new MemorySource({ "uv.toml": '[[index]]\nname = "pytorch"\nurl = "https://download.pytorch.org/whl/cpu"\n', "requirements.txt": "numpy==2.1.3\n" }), opts);
    expect(named(document.tools, "Astral uv")).toMatchObject({ detection_source: "uv.toml" });
  });
});

describe("Airflow images", () => {
  it("Astronomer's astro-runtime image is Airflow, under Astro Runtime's own release", async () => {
    const { document } = await scan(new MemorySource({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:11.5.0\n", "requirements.txt": "apache-airflow-providers-snowflake==5.6.0\n" }), opts);
    expect(named(document.tools, "Airflow")).toMatchObject({ detection_source: "Dockerfile" });
    expect(named(document.tools, "Airflow")?.version).toBeUndefined();
  });
});

describe("conda-lock.yml", () => {
  it("gives the releases an environment's conda packages and pip section resolved to", async () => {
    const env = "name: lab\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.10\n  - numpy>=1.24\n  - pandas\n  - pip:\n      - transformers>=4.36\n";
    const entry = (name: string, version: string, manager: string) =>
      `- name: ${name}\n  version: ${version}\n  manager: ${manager}\n  platform: linux-64\n  dependencies: {}\n  url: https://example.invalid/${name}-${version}\n  hash:\n    md5: 0\n  category: main\n  optional: false\n`;
    const lock = `version: 1\nmetadata:\n  platforms:\n  - linux-64\n  sources:\n  - environment.yml\npackage:\n${entry("numpy", "1.26.4", "conda")}${entry("pandas", "2.2.2", "conda")}${entry("numpy", "1.26.3", "conda")}${entry("transformers", "4.36.2", "pip")}`;
    const { document } = await scan(new MemorySource({ "environment.yml": env, "conda-lock.yml": lock }), opts);
    expect(named(document.tools, "NumPy")).toMatchObject({ version: "1.26.4", detection_source: "environment.yml", detection_source_url: "conda-lock.yml" });
    expect(named(document.tools, "Pandas")).toMatchObject({ version: "2.2.2", detection_source_url: "conda-lock.yml" });
    expect(document.tools.find((t) => t.name === "transformers" && t.package_url)).toMatchObject({ version: "4.36.2", detection_source_url: "conda-lock.yml" });
    // without the lock, the environment's own specs
    const bare = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(bare.document.tools, "NumPy")?.version).toBe("1.24");
    expect(named(bare.document.tools, "Pandas")?.version).toBeUndefined();
  });

  it("gives the Python release it resolved for the environment's python pin, with or without a version", async () => {
    const entry = (name: string, version: string) =>
      `- name: ${name}\n  version: ${version}\n  manager: conda\n  platform: linux-64\n  dependencies: {}\n  url: https://example.invalid/${name}-${version}\n  hash:\n    md5: 0\n  category: main\n  optional: false\n`;
    const lock = `version: 1\nmetadata:\n  platforms:\n  - linux-64\npackage:\n${entry("python", "3.11.8")}${entry("numpy", "1.26.4")}`;
    for (const pin of ["python=3.11", "python"]) {
      const env = `name: ocean\nchannels:\n  - conda-forge\ndependencies:\n  - ${pin}\n  - numpy\n`;
      const { document } = await scan(new MemorySource({ "environment.yml": env, "conda-lock.yml": lock }), opts);
      expect(named(document.tools, "Python"), pin).toMatchObject({ version: "3.11.8", detection_source: "environment.yml", detection_source_url: "conda-lock.yml" });
    }
    // an environment that names no python takes none from the lock (conda adds it as a dependency)
    const env = "name: tools\ndependencies:\n  - numpy\n";
    const { document } = await scan(new MemorySource({ "environment.yml": env, "conda-lock.yml": lock }), opts);
    expect(named(document.tools, "Python")?.version).toBeUndefined();
  });

  it("conda-lock's explicit files, one a platform (conda-linux-64.lock), give the releases where there is no conda-lock.yml: Linux's first", async () => {
    const env = "name: lab\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - numpy>=1.24\n  - pandas\n  - py-xgboost\n";
    const explicit = (numpy: string) => [
      "# Generated by conda-lock.",
      "# platform: linux-64",
      "# input_hash: 3f2a1b0c9d8e7f6a",
      "@EXPLICIT",
      "https://conda.anaconda.org/conda-forge/linux-64/_libgcc_mutex-0.1-conda_forge.tar.bz2#d7c89558ba9fa0495403155b64376d81",
      "https://conda.anaconda.org/conda-forge/linux-64/python-3.11.7-hab00c5b_1_cpython.conda#27cf681282c11dba7b0b1fd266e8f289",
      `https://conda.anaconda.org/conda-forge/linux-64/numpy-${numpy}-py311h64a7726_0.conda#231eef4f33640338f64ef9ab690ba08d`,
      "https://conda.anaconda.org/conda-forge/linux-64/pandas-2.1.4-py311h320fe9a_0.conda#e44ccb61b6621bf3f8053ae66eba7397",
      "https://conda.anaconda.org/conda-forge/linux-64/py-xgboost-2.0.3-cuda120_py311h5f1a5d0_1.conda#4b5c6d7e8f9a0b1c",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "environment.yml": env, "conda-osx-arm64.lock": explicit("1.26.2"), "conda-linux-64.lock": explicit("1.26.3") }), opts);
    expect(named(document.tools, "NumPy")).toMatchObject({ version: "1.26.3", detection_source: "environment.yml", detection_source_url: "conda-linux-64.lock" });
    expect(named(document.tools, "Pandas")).toMatchObject({ version: "2.1.4", detection_source_url: "conda-linux-64.lock" });
    expect(named(document.tools, "XGBoost")?.version).toBe("2.0.3");
    expect(named(document.tools, "Python")).toMatchObject({ version: "3.11.7", detection_source_url: "conda-linux-64.lock" });
  });
});

describe("PEP 751 lockfiles", () => {
  it("pylock.toml ([[packages]]) gives the releases; its `directory` packages are the repository's own", async () => {
    const lock = [
      'lock-version = "1.0"',
      'requires-python = ">=3.11"',
      'created-by = "pip"',
      "",
      "[[packages]]",
      'name = "fastapi"',
      'version = "0.115.5"',
      'index = "https://pypi.org/simple"',
      "",
      "[[packages.wheels]]",
      'url = "https://files.pythonhosted.org/packages/fastapi-0.115.5-py3-none-any.whl"',
      "hashes = { sha256 = \"596b95adbe1474da47049e802f9a65ab2ffa9c2b07e7efee70eb8a66c9f2f796\" }",
      "",
      "[[packages]]",
      'name = "shared"',
      'directory = { path = "libs/shared", editable = true }',
      "",
      "[[packages]]",
      'name = "torch"',
      'version = "2.5.1"',
      "",
    ].join("\n");
    const requirements = "fastapi>=0.110\nshared\ntorch>=2.4\n";
    for (const name of ["pylock.toml", "pylock.prod.toml"]) {
      const { document } = await scan(new MemorySource({ "requirements.in": requirements, [name]: lock }), opts);
      expect(named(document.tools, "FastAPI"), name).toMatchObject({ version: "0.115.5", detection_source_url: name });
      expect(named(document.tools, "PyTorch"), name).toMatchObject({ version: "2.5.1" });
      expect(named(document.tools, "shared"), name).toBeUndefined();
    }
  });
});

describe("MLflow files", () => {
  it("a model saved in MLflow's format (MLmodel) names MLflow", async () => {
    const mlmodel = "artifact_path: model\nflavors:\n  python_function:\n    loader_module: mlflow.sklearn\n  sklearn:\n    sklearn_version: 1.5.0\nmlflow_version: 2.14.1\n";
    const { document } = await scan(new MemorySource({ "models/churn/MLmodel": mlmodel }), opts);
    expect(named(document.tools, "MLflow")).toMatchObject({ detection_source: "models/churn/MLmodel" });
  });
});

describe("pixi manifests", () => {
  it("pixi.toml: conda packages show their tools without package entries, PyPI ones are packages, the project itself is left out", async () => {
    const manifest = [
      "[workspace]",
      'name = "climate-ml"',
      'channels = ["conda-forge", "pytorch"]',
      'platforms = ["linux-64"]',
      "",
      "[dependencies]",
      'python = "3.11.*"',
      'numpy = ">=1.26,<2"',
      'pytorch = { version = "2.3.*", channel = "pytorch" }',
      'jupyterlab = "*"',
      "",
      "[pypi-dependencies]",
      'climate-ml = { path = ".", editable = true }',
      'mlflow = "==2.14.1"',
      "",
      "[feature.test.dependencies]",
      'pytest = ">=8.2"',
      "",
      "[target.linux-64.dependencies]",
      'pytorch-cuda = "12.1.*"',
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pixi.toml": manifest }), opts);
    expect(named(document.tools, "Python")).toMatchObject({ version: "3.11", detection_source: "pixi.toml" });
    expect(named(document.tools, "NumPy")?.version).toBe("1.26");
    expect(named(document.tools, "PyTorch")?.version).toBe("2.3");
    expect(named(document.tools, "Jupyter")).toBeDefined();
    expect(named(document.tools, "pytest")?.version).toBe("8.2");
    expect(named(document.tools, "CUDA")?.version).toBe("12.1");
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual(["mlflow"]);
    // pyproject's [tool.pixi] tables alike
    const pyproject = '[project]\nname = "x"\ndependencies = ["fastapi>=0.110"]\n\n[tool.pixi.workspace]\nchannels = ["conda-forge"]\n\n[tool.pixi.dependencies]\npandas = ">=2.2"\n';
    const inPyproject = await scan(new MemorySource({ "pyproject.toml": pyproject }), opts);
    expect(named(inPyproject.document.tools, "Pandas")).toMatchObject({ version: "2.2", detection_source: "pyproject.toml" });
  });

  it("pixi.lock gives the releases its environments resolved, from the packages' file names", async () => {
    const manifest = '[workspace]\nname = "ocean"\nchannels = ["conda-forge"]\nplatforms = ["linux-64", "osx-arm64"]\n\n[dependencies]\npython = "3.12.*"\nnumpy = ">=1.26"\nscikit-learn = "*"\nmatplotlib-base = "*"\n\n[pypi-dependencies]\nocean = { path = ".", editable = true }\ncmocean = ">=3"\n\n[feature.test.dependencies]\npytest = "*"\n';
    const cf = "https://conda.anaconda.org/conda-forge";
    const lock = [
      "version: 6",
      "environments:",
      "  test:",
      "    channels:",
      `    - url: ${cf}/`,
      "    packages:",
      "      linux-64:",
      `      - conda: ${cf}/noarch/pytest-8.3.3-pyhd8ed1ab_0.conda`,
      `      - conda: ${cf}/linux-64/numpy-1.26.3-py312heda63a1_0.conda`,
      "  default:",
      "    channels:",
      `    - url: ${cf}/`,
      "    packages:",
      "      linux-64:",
      `      - conda: ${cf}/linux-64/numpy-2.1.2-py312h58c1407_0.conda`,
      `      - conda: ${cf}/linux-64/python-3.12.7-hc5c86c4_0_cpython.conda`,
      `      - conda: ${cf}/linux-64/scikit-learn-1.5.2-py312h7a48858_1.conda`,
      `      - conda: ${cf}/linux-64/matplotlib-base-3.9.2-py312hd3ec401_1.conda`,
      `      - conda: ${cf}/linux-64/libgcc-ng-14.2.0-h69a702a_1.tar.bz2`,
      "      - pypi: https://files.pythonhosted.org/packages/ab/cd/cmocean-4.0.3-py3-none-any.whl",
      "      - pypi: .",
      "packages:",
      `- conda: ${cf}/linux-64/numpy-2.1.2-py312h58c1407_0.conda`,
      "  sha256: 0000",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pixi.toml": manifest, "pixi.lock": lock }), opts);
    expect(named(document.tools, "Python")).toMatchObject({ version: "3.12.7", detection_source: "pixi.toml", detection_source_url: "pixi.lock" });
    expect(named(document.tools, "NumPy")).toMatchObject({ version: "2.1.2", detection_source_url: "pixi.lock" });
    expect(named(document.tools, "scikit-learn")?.version).toBe("1.5.2");
    expect(named(document.tools, "Matplotlib")?.version).toBe("3.9.2");
    expect(named(document.tools, "pytest")?.version).toBe("8.3.3");
    expect(document.tools.find((t) => t.name === "cmocean" && t.package_url)).toMatchObject({ version: "4.0.3", detection_source_url: "pixi.lock" });
  });
});

describe("Snakemake's conda environments", () => {
  it("a YAML file of an envs/ folder is a conda environment when its content is one", async () => {
    const files = {
      "workflow/Snakefile": 'include: "rules/counts.smk"\n',
      "workflow/rules/counts.smk": 'rule counts:\n    conda: "../envs/r.yaml"\n    script: "../scripts/counts.R"\n',
      "workflow/envs/r.yaml": "channels:\n  - conda-forge\n  - bioconda\ndependencies:\n  - r-base=4.3.2\n  - r-ggplot2=3.4.4\n  - bioconductor-deseq2=1.42.0\n",
      "workflow/envs/qc.yaml": "channels:\n  - bioconda\ndependencies:\n  - fastqc=0.12.1\n  - pandas=2.2.1\n",
      // not a conda environment: a deployment's settings in an envs/ folder
      "deploy/envs/prod.yaml": "replicas: 3\ndependencies:\n  - name: redis\n    version: 18.1.0\n",
    };
    const { document } = await scan(new MemorySource(files), opts);
    expect(named(document.tools, "R Language")).toMatchObject({ version: "4.3.2", detection_source: "workflow/envs/r.yaml" });
    expect(named(document.tools, "ggplot2")).toMatchObject({ version: "3.4.4", detection_source: "workflow/envs/r.yaml" });
    expect(named(document.tools, "Pandas")).toMatchObject({ version: "2.2.1", detection_source: "workflow/envs/qc.yaml" });
    expect(named(document.tools, "Anaconda")).toBeDefined();
    expect(named(document.tools, "Redis")).toBeUndefined();
  });
});

describe("Jupyter's own distributions", () => {
  // The site names Jupyter from the language bar (notebooks: "Repo Metadata") in all 5 stack files seen that
  // name it, and lists `jupyter` / `jupyterlab` as plain package entries in the 3 repositories of 3 owners
  // declaring one (corpus AIF360's requirements.txt; held-out heart-disease's Poetry pyproject, a pip
  // freeze of SE-Europe-Data_Challenge): a package entry, as pandas is.
  it("the jupyter metapackage and JupyterLab are package entries; notebooks still name Jupyter", async () => {
    const reqs = "# notebooks\njupyter\ntqdm\nseaborn\nlightgbm==3.1.1\n";
    const plain = await scan(new MemorySource({ "requirements.txt": reqs, "examples/demo.ipynb": "{}" }), opts);
    expect(named(plain.document.tools.filter((t) => !t.package_url), "Jupyter")).toBeUndefined();
    expect(plain.document.tools.find((t) => t.package_url === "https://pypi.org/project/jupyter")).toMatchObject({ detection_source: "requirements.txt" });
    const pyproject = '[tool.poetry]\nname = "heart-disease"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"\njupyterlab = "^4.0.6"\nmatplotlib = "^3.8.0"\n';
    const lock = '[[package]]\nname = "jupyterlab"\nversion = "4.0.6"\n\n[[package]]\nname = "matplotlib"\nversion = "3.8.0"\n';
    const poetry = await scan(new MemorySource({ "pyproject.toml": pyproject, "poetry.lock": lock }), opts);
    expect(named(poetry.document.tools.filter((t) => !t.package_url), "Jupyter")).toBeUndefined();
    expect(poetry.document.tools.find((t) => t.package_url === "https://pypi.org/project/jupyterlab")).toMatchObject({ version: "4.0.6" });
    // a freeze beside a notebook at the root: Jupyter from the language bar, jupyterlab a package entry
    const freeze = await scan(new MemorySource({ "requirements.txt": "jupyterlab==4.0.7\nnumpy==1.25.2\n", "EDA.ipynb": "{}", "model.py": "" }), opts);
    expect(named(freeze.document.tools, "Jupyter")).toMatchObject({ detection_source: "Repo Metadata" });
    expect(freeze.document.tools.find((t) => t.package_url === "https://pypi.org/project/jupyterlab")).toMatchObject({ version: "4.0.7" });
    // the Notebook itself keeps naming Jupyter at its release; a conda environment keeps naming it too
    expect(named((await scan(new MemorySource({ "requirements.txt": "notebook==7.2.0\n" }), opts)).document.tools, "Jupyter")?.version).toBe("7.2.0");
    const env = "name: x\ndependencies:\n  - python=3.11\n  - jupyterlab=4.2.0\n";
    expect(named((await scan(new MemorySource({ "environment.yml": env }), opts)).document.tools, "Jupyter")).toMatchObject({ detection_source: "environment.yml" });
  });
});
