import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Machine-learning and LLM application repositories: tools of the site's list (under the import's
// stack threshold) that their own official packages, images and files reveal.
const opts = { git: false } as const;
const named = (tools: import("../src/types.js").ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);

describe("ML training stack packages", () => {
  it("lightning, wandb, deepspeed and dvc name their tools; torch's local version label is dropped", async () => {
    const { document } = await scan(
      new MemorySource({
        "requirements.txt": [
          "--extra-index-url https://download.pytorch.org/whl/cu121",
          "torch==2.3.1+cu121",
          "lightning==2.3.3",
          "wandb==0.17.5",
          "deepspeed==0.14.4",
          "dvc[s3]==3.53.1",
          "",
        ].join("\n"),
      }),
      opts,
    );
    const tools = document.tools;
    expect(named(tools, "PyTorch")).toMatchObject({ version: "2.3.1" });
    expect(named(tools, "Pytorch Lightning")).toMatchObject({ version: "2.3.3", category: "Application Utilities", detection_source: "requirements.txt" });
    expect(named(tools, "DeepSpeed")).toMatchObject({ version: "0.14.4", category: "Application Utilities" });
    expect(named(tools, "DVC")).toMatchObject({ version: "3.53.1", category: "Build, Test, Deploy" });
    // Weights & Biases is a closed hosted service: the client's release is not its version
    expect(named(tools, "Weights & Biases")).toMatchObject({ category: "Application Utilities", sub_category: "Machine Learning as a Service" });
    expect(named(tools, "Weights & Biases")?.version).toBeUndefined();
  });

  it("the old pytorch-lightning package names the same tool, from a conda environment's pip list too", async () => {
    const env = "name: x\ndependencies:\n  - python=3.10\n  - pip\n  - pip:\n    - pytorch-lightning==1.9.5\n";
    const { document } = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(document.tools, "Pytorch Lightning")).toMatchObject({ version: "1.9.5", detection_source: "environment.yml" });
  });
});

describe("DVC and Cog by their files", () => {
  it("dvc.yaml, .dvc/config and .dvc pointer files name DVC; cog.yaml names Cog", async () => {
    for (const file of ["dvc.yaml", ".dvc/config", "data/raw.csv.dvc"]) {
      const { document } = await scan(new MemorySource({ [file]: "x: 1\n" }), opts);
      expect(named(document.tools, "DVC"), file).toMatchObject({ detection_source: file });
    }
    const { document } = await scan(new MemorySource({ "cog.yaml": 'build:\n  gpu: true\n  python_version: "3.11"\npredict: "predict.py:Predictor"\n' }), opts);
    expect(named(document.tools, "Cog")).toMatchObject({ category: "Application Utilities", detection_source: "cog.yaml" });
  });
});

describe("LLM application frameworks", () => {
  it("langgraph, crewai, dspy-ai, pyautogen, litellm, vllm, lancedb and modal name their tools", async () => {
    const { document } = await scan(
      new MemorySource({
        "requirements.txt": ["langgraph==0.1.8", "crewai==0.41.1", "dspy-ai==2.4.12", "pyautogen==0.2.32", "litellm==1.43.1", "vllm==0.5.4", "lancedb==0.10.2", "modal==0.63.0", ""].join("\n"),
      }),
      opts,
    );
    const tools = document.tools;
    expect(named(tools, "LangGraph")).toMatchObject({ version: "0.1.8", category: "Communications" });
    expect(named(tools, "crewAI")).toMatchObject({ version: "0.41.1", category: "Communications" });
    expect(named(tools, "DSPy")).toMatchObject({ version: "2.4.12" });
    expect(named(tools, "AutoGen")).toMatchObject({ version: "0.2.32" });
    expect(named(tools, "liteLLM Proxy Server")).toMatchObject({ version: "1.43.1" });
    expect(named(tools, "vLLM")).toMatchObject({ version: "0.5.4", sub_category: "Large Language Models" });
    expect(named(tools, "LanceDB")).toMatchObject({ category: "Data Stores", sub_category: "Vector Databases" });
    expect(named(tools, "Modal")).toMatchObject({ category: "Application Hosting" });
    expect(named(tools, "Modal")?.version).toBeUndefined();
    // no package entry is lost
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name).sort()).toEqual(
      ["crewai", "dspy-ai", "lancedb", "langgraph", "litellm", "modal", "pyautogen", "vllm"],
    );
  });

  it("npm: @langchain/langgraph names LangGraph and LangChain without either's release; Transformers.js 3 names Hugging Face", async () => {
    const pkg = { name: "agent", dependencies: { "@langchain/langgraph": "0.0.31", "@huggingface/transformers": "3.0.2", "@lancedb/lancedb": "0.8.0" } };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(pkg) }), opts);
    expect(named(document.tools, "LangGraph")).toBeDefined();
    expect(named(document.tools, "LangGraph")?.version).toBeUndefined();
    expect(named(document.tools, "LangChain")).toBeDefined();
    expect(named(document.tools, "LangChain")?.version).toBeUndefined();
    expect(named(document.tools, "Hugging Face")).toMatchObject({ detection_source: "package.json" });
    expect(named(document.tools, "LanceDB")).toBeDefined();
  });
});

describe("LLM serving images in a compose file", () => {
  it("vllm/vllm-openai is vLLM at its tag; Open WebUI and the LiteLLM proxy image are named without a branch tag", async () => {
    const compose = [
      "services:",
      "  vllm:",
      "    image: vllm/vllm-openai:v0.5.4",
      "  webui:",
      "    image: ghcr.io/open-webui/open-webui:main",
      "  proxy:",
      "    image: ghcr.io/berriai/litellm:main-v1.43.1",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "docker-compose.yml": compose }), opts);
    expect(named(document.tools, "vLLM")).toMatchObject({ version: "0.5.4", detection_source: "docker-compose.yml" });
    expect(named(document.tools, "Ollama Web UI")).toBeDefined();
    expect(named(document.tools, "Ollama Web UI")?.version).toBeUndefined();
    expect(named(document.tools, "liteLLM Proxy Server")).toBeDefined();
  });
});

describe("requirements lines of GPU wheel installs", () => {
  it("a pip-freeze direct reference to a wheel takes its file name's release; a sdist of another name, a git ref none", async () => {
    const text = [
      "torch @ https://download.pytorch.org/whl/cu121/torch-2.3.1%2Bcu121-cp311-cp311-linux_x86_64.whl",
      "torchvision @ https://download.pytorch.org/whl/cu121/torchvision-0.18.1%2Bcu121-cp311-cp311-linux_x86_64.whl#sha256=abc",
      "flash-attn @ https://github.com/Dao-AILab/flash-attention/releases/download/v2.6.3/flash_attn-2.6.3+cu123torch2.4cxx11abiFALSE-cp311-cp311-linux_x86_64.whl",
      "clip @ git+https://github.com/openai/CLIP.git@a1d0717",
      "mylib @ https://example.com/dist/otherlib-1.0.0.tar.gz",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "requirements.txt": text }), opts);
    const pkg = (n: string) => document.tools.find((t) => t.package_url && t.name === n);
    expect(named(document.tools, "PyTorch")).toMatchObject({ version: "2.3.1", detection_source: "requirements.txt" });
    expect(pkg("torch")).toMatchObject({ version: "2.3.1" });
    expect(pkg("torchvision")).toMatchObject({ version: "0.18.1" });
    expect(pkg("flash-attn")).toMatchObject({ version: "2.6.3" });
    expect(pkg("clip")).toBeDefined();
    expect(pkg("clip")?.version).toBeUndefined();
    expect(pkg("mylib")).toBeDefined();
    expect(pkg("mylib")?.version).toBeUndefined();
  });

  it("a find-links option pasted after a requirement (JAX's CUDA wheels) does not hide its pin", async () => {
    const text = "jax[cuda12_pip]==0.4.30 -f https://storage.googleapis.com/jax-releases/jax_cuda_releases.html\ntorch==2.3.1+cpu --find-links https://download.pytorch.org/whl/torch_stable.html\n";
    const { document, warnings } = await scan(new MemorySource({ "requirements.txt": text }), opts);
    expect(named(document.tools, "JAX")).toMatchObject({ version: "0.4.30" });
    expect(named(document.tools, "PyTorch")).toMatchObject({ version: "2.3.1" });
    expect(warnings ?? []).toEqual([]);
  });
});

describe("LLM platforms by their SDKs and images", () => {
  it("cohere, langsmith and langfuse name their services; hosted services and SDK numbering give no release", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "cohere==5.6.2\nlangsmith==0.1.93\nlangfuse==2.39.1\n" }), opts);
    for (const name of ["Cohere.com", "LangSmith", "Langfuse"]) {
      expect(named(document.tools, name), name).toMatchObject({ category: "Communications", detection_source: "requirements.txt" });
      expect(named(document.tools, name)?.version, name).toBeUndefined();
    }
    const js = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "x", dependencies: { "cohere-ai": "7.10.0", langsmith: "0.1.39", langfuse: "3.18.0" } }) }), opts);
    for (const name of ["Cohere.com", "LangSmith", "Langfuse"]) expect(named(js.document.tools, name), name).toBeDefined();
  });

  it("Langfuse, Flowise, Dify and LocalAI servers, Chroma on GitHub's registry and NVIDIA's NGC framework images", async () => {
    const compose = [
      "services:",
      "  langfuse:",
      "    image: langfuse/langfuse:2.70.1",
      "  flowise:",
      "    image: flowiseai/flowise:2.0.5",
      "  api:",
      "    image: langgenius/dify-api:0.7.1",
      "  localai:",
      "    image: localai/localai:v2.20.1-aio-cpu",
      "  chroma:",
      "    image: ghcr.io/chroma-core/chroma:0.5.5",
      "  train:",
      "    image: nvcr.io/nvidia/pytorch:24.05-py3",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "docker-compose.yml": compose }), opts);
    expect(named(document.tools, "Langfuse")).toMatchObject({ version: "2.70.1" });
    expect(named(document.tools, "Flowise")).toMatchObject({ version: "2.0.5" });
    expect(named(document.tools, "Dify")).toMatchObject({ version: "0.7.1" });
    expect(named(document.tools, "LocalAI")).toMatchObject({ version: "2.20.1" });
    expect(named(document.tools, "Chroma")).toMatchObject({ version: "0.5.5" });
    // NGC's 24.05 is NVIDIA's monthly release, not PyTorch's
    expect(named(document.tools, "PyTorch")).toBeDefined();
    expect(named(document.tools, "PyTorch")?.version).toBeUndefined();
  });
});

describe("JavaScript vector store and RAG clients", () => {
  it("weaviate-client (v3), @qdrant/qdrant-js, @zilliz/milvus2-sdk-node, vectordb and @llamaindex/* name their tools", async () => {
    const deps = { "weaviate-client": "3.1.4", "@qdrant/qdrant-js": "1.11.0", "@zilliz/milvus2-sdk-node": "2.4.4", vectordb: "0.4.20", "@llamaindex/openai": "0.1.10" };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "rag", dependencies: deps }) }), opts);
    for (const name of ["Weaviate", "Qdrant", "Milvus", "LanceDB", "LlamaIndex"]) expect(named(document.tools, name), name).toMatchObject({ detection_source: "package.json" });
    // a client's or provider package's own numbering is not the tool's
    for (const name of ["Milvus", "LlamaIndex"]) expect(named(document.tools, name)?.version, name).toBeUndefined();
  });
});

describe("Whisper", () => {
  it("openai-whisper names Whisper at its date-numbered release", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "openai-whisper==20231117\n" }), opts);
    expect(named(document.tools, "Whisper")).toMatchObject({ version: "20231117", category: "Communications", detection_source: "requirements.txt" });
  });
});

describe("more LLM and ML frameworks by their own packages", () => {
  it("Haystack (both majors), Semantic Kernel, Outlines, guidance, Unsloth, Axolotl, Metaflow and Comet.ml from PyPI", async () => {
    const text = ["haystack-ai==2.4.0", "semantic-kernel==1.5.0", "outlines==0.0.46", "guidance==0.1.15", "unsloth==2024.8", "axolotl==0.4.1", "metaflow==2.12.10", "comet-ml==3.44.1", ""].join("\n");
    const { document } = await scan(new MemorySource({ "requirements.txt": text }), opts);
    const t = document.tools;
    expect(named(t, "Haystack NLP Framework")).toMatchObject({ version: "2.4.0", category: "Communications" });
    expect(named(t, "Semantic Kernel")).toMatchObject({ version: "1.5.0" });
    for (const name of ["Outlines", "guidance", "Unsloth", "Axolotl", "Metaflow"]) expect(named(t, name), name).toMatchObject({ detection_source: "requirements.txt" });
    expect(named(t, "Comet.ml")).toBeDefined();
    expect(named(t, "Comet.ml")?.version).toBeUndefined();
    const v1 = await scan(new MemorySource({ "requirements.txt": "farm-haystack==1.26.2\n" }), opts);
    expect(named(v1.document.tools, "Haystack NLP Framework")).toMatchObject({ version: "1.26.2" });
  });

  it("Amazon Bedrock from the AWS SDK's Bedrock clients (a hosted service: no release); Semantic Kernel from NuGet", async () => {
    const js = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "x", dependencies: { "@aws-sdk/client-bedrock-runtime": "3.632.0" } }) }), opts);
    expect(named(js.document.tools, "Amazon Bedrock")).toMatchObject({ category: "Communications" });
    expect(named(js.document.tools, "Amazon Bedrock")?.version).toBeUndefined();
    const csproj = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.SemanticKernel.Connectors.OpenAI" Version="1.17.1" />
    <PackageReference Include="Microsoft.SemanticKernel.Plugins.Memory" Version="1.17.1-alpha" />
  </ItemGroup>
</Project>
`;
    const net = await scan(new MemorySource({ "Agent/Agent.csproj": csproj }), opts);
    expect(named(net.document.tools, "Semantic Kernel")).toMatchObject({ version: "1.17.1" });
    expect(named(net.document.tools, "OpenAI")).toBeDefined();
    expect(named(net.document.tools, "OpenAI")?.version).toBeUndefined();
  });
});

describe("model serving images", () => {
  it("tensorflow/serving is TensorFlow at its tag; pytorch/torchserve names PyTorch without TorchServe's numbering", async () => {
    const compose = "services:\n  tf:\n    image: tensorflow/serving:2.16.1-gpu\n  torch:\n    image: pytorch/torchserve:0.11.0-gpu\n";
    const { document } = await scan(new MemorySource({ "docker-compose.yml": compose }), opts);
    expect(named(document.tools, "TensorFlow")).toMatchObject({ version: "2.16.1", detection_source: "docker-compose.yml" });
    expect(named(document.tools, "PyTorch")).toBeDefined();
    expect(named(document.tools, "PyTorch")?.version).toBeUndefined();
  });
});

describe("a conda environment's pip section", () => {
  it("keeps a pin followed by a pasted find-links option, and a CUDA wheel's release without its label", async () => {
    const env = [
      "name: x",
      "dependencies:",
      "  - python=3.11",
      "  - pip",
      "  - pip:",
      "    - --extra-index-url https://download.pytorch.org/whl/cu121",
      "    - torch==2.3.1+cu121",
      "    - jax[cuda12_pip]==0.4.30 -f https://storage.googleapis.com/jax-releases/jax_cuda_releases.html",
      "    - -e .",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(document.tools, "JAX")).toMatchObject({ version: "0.4.30", detection_source: "environment.yml" });
    expect(named(document.tools, "PyTorch")).toMatchObject({ version: "2.3.1" });
    expect(document.tools.filter((t) => t.package_url).map((t) => `${t.name} ${t.version}`).sort()).toEqual(["jax 0.4.30", "torch 2.3.1"]);
  });
});
