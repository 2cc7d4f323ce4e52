/** What simulated creators publish: names, categories and tags of AI models. */
import type { Random } from './random';

export const CATEGORIES = ['LLM', 'Vision', 'Speech', 'Diffusion', 'RL', 'Embeddings', 'Code', 'Multimodal'] as const;

const STEMS: Record<(typeof CATEGORIES)[number], string[]> = {
  LLM: ['Llama-Mint', 'Orca', 'Falcon-Lite', 'Quill', 'Sage', 'Atlas'],
  Vision: ['Hawk-ViT', 'Prism', 'Lens', 'Iris-Det'],
  Speech: ['Echo', 'Whisperer', 'Cadence', 'Parrot-TTS'],
  Diffusion: ['Dreamforge', 'Palette', 'Canvas-XL', 'Mural'],
  RL: ['Pathfinder', 'Gambit', 'Tactician'],
  Embeddings: ['Vectorly', 'Anchor-Embed', 'Compass'],
  Code: ['Forge-Coder', 'Syntax', 'Patchwork'],
  Multimodal: ['Chimera', 'Mosaic', 'Fusion-VL'],
};

const TAGS: Record<(typeof CATEGORIES)[number], string[]> = {
  LLM: ['chat', 'instruct', 'open-weights', 'multilingual', 'long-context'],
  Vision: ['detection', 'segmentation', 'classification', 'edge'],
  Speech: ['asr', 'tts', 'realtime', 'multilingual'],
  Diffusion: ['image', 'style', 'upscale', 'inpainting'],
  RL: ['robotics', 'games', 'planning'],
  Embeddings: ['retrieval', 'multilingual', 'small'],
  Code: ['completion', 'review', 'python', 'rust'],
  Multimodal: ['vqa', 'captioning', 'document'],
};

export interface ModelCard {
  name: string;
  category: string;
  tags: string[];
  description: string;
}

export function modelCard(random: Random, index: number, parentName?: string): ModelCard {
  const category = random.pick(CATEGORIES);
  const size = random.pick(['1B', '3B', '7B', '13B', '34B', '70B', 'Base', 'Large', 'XL']);
  const name = parentName
    ? `${parentName} ${random.pick(['Legal', 'Med', 'Finance', 'Chat', 'Lite', 'Pro'])}`
    : `${random.pick(STEMS[category])} ${size}`;
  const tags = [...new Set([random.pick(TAGS[category]), random.pick(TAGS[category]), parentName ? 'fine-tune' : 'base'])];
  return { name: `${name} #${index}`, category, tags, description: `${name}: a ${category} model (${tags.join(', ')}).` };
}
