(define (problem plan_trial_T2605_train_057)
(:domain alfred)
(:objects
agent1 - agent
CabinetType - rtype
CoffeeMachineType - rtype
CounterTopType - rtype
DiningTableType - rtype
DrawerType - rtype
FridgeType - rtype
GarbageCanType - rtype
MicrowaveType - rtype
ShelfType - rtype
SinkBasinType - rtype
StoveBurnerType - rtype
BowlType - otype
EggType - otype
LettuceType - otype
MugType - otype
PlateType - otype
PotType - otype
TomatoType - otype
Lettuce_bar__minus_02_dot_22_bar__plus_02_dot_62_bar__minus_01_dot_28 - object
Lettuce_bar__minus_02_dot_45_bar__minus_00_dot_52_bar__minus_00_dot_44 - object
Egg_bar__minus_00_dot_67_bar__plus_00_dot_67_bar__plus_02_dot_37 - object
Pot_bar__minus_00_dot_01_bar__minus_01_dot_63_bar__minus_02_dot_29 - object
Plate_bar__plus_00_dot_00_bar__minus_00_dot_49_bar__minus_02_dot_81 - object
Tomato_bar__plus_01_dot_78_bar__plus_02_dot_16_bar__plus_00_dot_68 - object
Mug_bar__minus_00_dot_47_bar__plus_02_dot_49_bar__plus_00_dot_16 - object
Bowl_bar__minus_01_dot_28_bar__plus_01_dot_08_bar__minus_02_dot_46 - object
Microwave_bar__minus_02_dot_89_bar__minus_02_dot_67_bar__plus_01_dot_76 - receptacle
StoveBurner_bar__minus_01_dot_36_bar__minus_02_dot_79_bar__plus_00_dot_08 - receptacle
Cabinet_bar__minus_00_dot_94_bar__plus_02_dot_25_bar__plus_02_dot_29 - receptacle
Fridge_bar__minus_01_dot_58_bar__minus_00_dot_65_bar__minus_02_dot_03 - receptacle
Cabinet_bar__minus_00_dot_38_bar__plus_00_dot_22_bar__plus_02_dot_12 - receptacle
Drawer_bar__minus_01_dot_42_bar__minus_00_dot_47_bar__plus_01_dot_29 - receptacle
CoffeeMachine_bar__plus_00_dot_00_bar__minus_01_dot_54_bar__minus_01_dot_20 - receptacle
DiningTable_bar__plus_01_dot_25_bar__minus_01_dot_14_bar__minus_00_dot_82 - receptacle
Sink_bar__minus_02_dot_09_bar__minus_01_dot_00_bar__minus_01_dot_91_bar_SinkBasin - receptacle
Shelf_bar__minus_01_dot_50_bar__minus_02_dot_41_bar__plus_02_dot_86 - receptacle
GarbageCan_bar__minus_01_dot_04_bar__minus_00_dot_59_bar__plus_00_dot_92 - receptacle
CounterTop_bar__plus_00_dot_94_bar__plus_00_dot_98_bar__plus_01_dot_09 - receptacle
Cabinet_bar__minus_02_dot_91_bar__plus_02_dot_72_bar__minus_02_dot_97 - receptacle
CounterTop_bar__plus_02_dot_44_bar__plus_01_dot_59_bar__minus_00_dot_78 - receptacle
Drawer_bar__minus_00_dot_04_bar__minus_00_dot_22_bar__minus_00_dot_03 - receptacle
loc_bar_10_bar_11_bar_0_bar_0 - location
loc_bar_1_bar_4_bar_2_bar__minus_30 - location
loc_bar_2_bar_1_bar_1_bar_0 - location
loc_bar_2_bar_6_bar_0_bar_0 - location
loc_bar_2_bar__minus_4_bar_0_bar_30 - location
loc_bar_3_bar__minus_2_bar_0_bar__minus_30 - location
loc_bar_7_bar_4_bar_2_bar_30 - location
loc_bar_8_bar__minus_1_bar_1_bar_45 - location
loc_bar_8_bar__minus_8_bar_0_bar_60 - location
loc_bar_9_bar_9_bar_1_bar_30 - location
loc_bar__minus_2_bar__minus_8_bar_1_bar_45 - location
loc_bar__minus_3_bar_8_bar_3_bar__minus_30 - location
loc_bar__minus_5_bar_4_bar_3_bar_60 - location
loc_bar__minus_8_bar__minus_2_bar_2_bar__minus_30 - location
loc_bar__minus_9_bar_3_bar_1_bar_0 - location
loc_bar__minus_9_bar__minus_4_bar_0_bar_0 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_11_bar_0_bar_0)
(receptacleType Microwave_bar__minus_02_dot_89_bar__minus_02_dot_67_bar__plus_01_dot_76 MicrowaveType)
(receptacleAtLocation Microwave_bar__minus_02_dot_89_bar__minus_02_dot_67_bar__plus_01_dot_76 loc_bar_2_bar_1_bar_1_bar_0)
(openable Microwave_bar__minus_02_dot_89_bar__minus_02_dot_67_bar__plus_01_dot_76)
(receptacleType StoveBurner_bar__minus_01_dot_36_bar__minus_02_dot_79_bar__plus_00_dot_08 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__minus_01_dot_36_bar__minus_02_dot_79_bar__plus_00_dot_08 loc_bar__minus_5_bar_4_bar_3_bar_60)
(receptacleType Cabinet_bar__minus_00_dot_94_bar__plus_02_dot_25_bar__plus_02_dot_29 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_00_dot_94_bar__plus_02_dot_25_bar__plus_02_dot_29 loc_bar_1_bar_4_bar_2_bar__minus_30)
(openable Cabinet_bar__minus_00_dot_94_bar__plus_02_dot_25_bar__plus_02_dot_29)
(receptacleType Fridge_bar__minus_01_dot_58_bar__minus_00_dot_65_bar__minus_02_dot_03 FridgeType)
(receptacleAtLocation Fridge_bar__minus_01_dot_58_bar__minus_00_dot_65_bar__minus_02_dot_03 loc_bar_2_bar_6_bar_0_bar_0)
(openable Fridge_bar__minus_01_dot_58_bar__minus_00_dot_65_bar__minus_02_dot_03)
(receptacleType Cabinet_bar__minus_00_dot_38_bar__plus_00_dot_22_bar__plus_02_dot_12 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_00_dot_38_bar__plus_00_dot_22_bar__plus_02_dot_12 loc_bar__minus_9_bar__minus_4_bar_0_bar_0)
(openable Cabinet_bar__minus_00_dot_38_bar__plus_00_dot_22_bar__plus_02_dot_12)
(receptacleType Drawer_bar__minus_01_dot_42_bar__minus_00_dot_47_bar__plus_01_dot_29 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_42_bar__minus_00_dot_47_bar__plus_01_dot_29 loc_bar_8_bar__minus_1_bar_1_bar_45)
(openable Drawer_bar__minus_01_dot_42_bar__minus_00_dot_47_bar__plus_01_dot_29)
(receptacleType CoffeeMachine_bar__plus_00_dot_00_bar__minus_01_dot_54_bar__minus_01_dot_20 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__plus_00_dot_00_bar__minus_01_dot_54_bar__minus_01_dot_20 loc_bar_9_bar_9_bar_1_bar_30)
(receptacleType DiningTable_bar__plus_01_dot_25_bar__minus_01_dot_14_bar__minus_00_dot_82 DiningTableType)
(receptacleAtLocation DiningTable_bar__plus_01_dot_25_bar__minus_01_dot_14_bar__minus_00_dot_82 loc_bar_7_bar_4_bar_2_bar_30)
(receptacleType Sink_bar__minus_02_dot_09_bar__minus_01_dot_00_bar__minus_01_dot_91_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__minus_02_dot_09_bar__minus_01_dot_00_bar__minus_01_dot_91_bar_SinkBasin loc_bar_8_bar__minus_8_bar_0_bar_60)
(receptacleType Shelf_bar__minus_01_dot_50_bar__minus_02_dot_41_bar__plus_02_dot_86 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_50_bar__minus_02_dot_41_bar__plus_02_dot_86 loc_bar__minus_9_bar_3_bar_1_bar_0)
(receptacleType GarbageCan_bar__minus_01_dot_04_bar__minus_00_dot_59_bar__plus_00_dot_92 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_01_dot_04_bar__minus_00_dot_59_bar__plus_00_dot_92 loc_bar__minus_2_bar__minus_8_bar_1_bar_45)
(receptacleType CounterTop_bar__plus_00_dot_94_bar__plus_00_dot_98_bar__plus_01_dot_09 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_00_dot_94_bar__plus_00_dot_98_bar__plus_01_dot_09 loc_bar_2_bar__minus_4_bar_0_bar_30)
(receptacleType Cabinet_bar__minus_02_dot_91_bar__plus_02_dot_72_bar__minus_02_dot_97 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_02_dot_91_bar__plus_02_dot_72_bar__minus_02_dot_97 loc_bar_3_bar__minus_2_bar_0_bar__minus_30)
(openable Cabinet_bar__minus_02_dot_91_bar__plus_02_dot_72_bar__minus_02_dot_97)
(receptacleType CounterTop_bar__plus_02_dot_44_bar__plus_01_dot_59_bar__minus_00_dot_78 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_02_dot_44_bar__plus_01_dot_59_bar__minus_00_dot_78 loc_bar__minus_8_bar__minus_2_bar_2_bar__minus_30)
(receptacleType Drawer_bar__minus_00_dot_04_bar__minus_00_dot_22_bar__minus_00_dot_03 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_04_bar__minus_00_dot_22_bar__minus_00_dot_03 loc_bar__minus_3_bar_8_bar_3_bar__minus_30)
(openable Drawer_bar__minus_00_dot_04_bar__minus_00_dot_22_bar__minus_00_dot_03)
(canContain CabinetType BowlType)
(canContain CabinetType MugType)
(canContain CabinetType PlateType)
(canContain CabinetType PotType)
(canContain CoffeeMachineType MugType)
(canContain CounterTopType BowlType)
(canContain CounterTopType EggType)
(canContain CounterTopType LettuceType)
(canContain CounterTopType MugType)
(canContain CounterTopType PlateType)
(canContain CounterTopType PotType)
(canContain CounterTopType TomatoType)
(canContain DiningTableType BowlType)
(canContain DiningTableType EggType)
(canContain DiningTableType LettuceType)
(canContain DiningTableType MugType)
(canContain DiningTableType PlateType)
(canContain DiningTableType PotType)
(canContain DiningTableType TomatoType)
(canContain FridgeType BowlType)
(canContain FridgeType EggType)
(canContain FridgeType LettuceType)
(canContain FridgeType MugType)
(canContain FridgeType PlateType)
(canContain FridgeType PotType)
(canContain FridgeType TomatoType)
(canContain GarbageCanType EggType)
(canContain GarbageCanType LettuceType)
(canContain GarbageCanType TomatoType)
(canContain MicrowaveType BowlType)
(canContain MicrowaveType EggType)
(canContain MicrowaveType MugType)
(canContain MicrowaveType PlateType)
(canContain MicrowaveType TomatoType)
(canContain ShelfType BowlType)
(canContain ShelfType MugType)
(canContain ShelfType PlateType)
(canContain ShelfType PotType)
(canContain SinkBasinType BowlType)
(canContain SinkBasinType EggType)
(canContain SinkBasinType LettuceType)
(canContain SinkBasinType MugType)
(canContain SinkBasinType PlateType)
(canContain SinkBasinType PotType)
(canContain SinkBasinType TomatoType)
(canContain StoveBurnerType PotType)
(objectType Lettuce_bar__minus_02_dot_22_bar__plus_02_dot_62_bar__minus_01_dot_28 LettuceType)
(inReceptacle Lettuce_bar__minus_02_dot_22_bar__plus_02_dot_62_bar__minus_01_dot_28 CounterTop_bar__plus_00_dot_94_bar__plus_00_dot_98_bar__plus_01_dot_09)
(objectAtLocation Lettuce_bar__minus_02_dot_22_bar__plus_02_dot_62_bar__minus_01_dot_28 loc_bar_2_bar__minus_4_bar_0_bar_30)
(pickupable Lettuce_bar__minus_02_dot_22_bar__plus_02_dot_62_bar__minus_01_dot_28)
(coolable Lettuce_bar__minus_02_dot_22_bar__plus_02_dot_62_bar__minus_01_dot_28)
(cleanable Lettuce_bar__minus_02_dot_22_bar__plus_02_dot_62_bar__minus_01_dot_28)
(sliceable Lettuce_bar__minus_02_dot_22_bar__plus_02_dot_62_bar__minus_01_dot_28)
(objectType Lettuce_bar__minus_02_dot_45_bar__minus_00_dot_52_bar__minus_00_dot_44 LettuceType)
(inReceptacle Lettuce_bar__minus_02_dot_45_bar__minus_00_dot_52_bar__minus_00_dot_44 Fridge_bar__minus_01_dot_58_bar__minus_00_dot_65_bar__minus_02_dot_03)
(objectAtLocation Lettuce_bar__minus_02_dot_45_bar__minus_00_dot_52_bar__minus_00_dot_44 loc_bar_2_bar_6_bar_0_bar_0)
(pickupable Lettuce_bar__minus_02_dot_45_bar__minus_00_dot_52_bar__minus_00_dot_44)
(coolable Lettuce_bar__minus_02_dot_45_bar__minus_00_dot_52_bar__minus_00_dot_44)
(cleanable Lettuce_bar__minus_02_dot_45_bar__minus_00_dot_52_bar__minus_00_dot_44)
(sliceable Lettuce_bar__minus_02_dot_45_bar__minus_00_dot_52_bar__minus_00_dot_44)
(objectType Egg_bar__minus_00_dot_67_bar__plus_00_dot_67_bar__plus_02_dot_37 EggType)
(inReceptacle Egg_bar__minus_00_dot_67_bar__plus_00_dot_67_bar__plus_02_dot_37 Fridge_bar__minus_01_dot_58_bar__minus_00_dot_65_bar__minus_02_dot_03)
(objectAtLocation Egg_bar__minus_00_dot_67_bar__plus_00_dot_67_bar__plus_02_dot_37 loc_bar_2_bar_6_bar_0_bar_0)
(pickupable Egg_bar__minus_00_dot_67_bar__plus_00_dot_67_bar__plus_02_dot_37)
(heatable Egg_bar__minus_00_dot_67_bar__plus_00_dot_67_bar__plus_02_dot_37)
(coolable Egg_bar__minus_00_dot_67_bar__plus_00_dot_67_bar__plus_02_dot_37)
(cleanable Egg_bar__minus_00_dot_67_bar__plus_00_dot_67_bar__plus_02_dot_37)
(sliceable Egg_bar__minus_00_dot_67_bar__plus_00_dot_67_bar__plus_02_dot_37)
(objectType Pot_bar__minus_00_dot_01_bar__minus_01_dot_63_bar__minus_02_dot_29 PotType)
(inReceptacle Pot_bar__minus_00_dot_01_bar__minus_01_dot_63_bar__minus_02_dot_29 StoveBurner_bar__minus_01_dot_36_bar__minus_02_dot_79_bar__plus_00_dot_08)
(objectAtLocation Pot_bar__minus_00_dot_01_bar__minus_01_dot_63_bar__minus_02_dot_29 loc_bar__minus_5_bar_4_bar_3_bar_60)
(pickupable Pot_bar__minus_00_dot_01_bar__minus_01_dot_63_bar__minus_02_dot_29)
(coolable Pot_bar__minus_00_dot_01_bar__minus_01_dot_63_bar__minus_02_dot_29)
(cleanable Pot_bar__minus_00_dot_01_bar__minus_01_dot_63_bar__minus_02_dot_29)
(isReceptacleObject Pot_bar__minus_00_dot_01_bar__minus_01_dot_63_bar__minus_02_dot_29)
(objectType Plate_bar__plus_00_dot_00_bar__minus_00_dot_49_bar__minus_02_dot_81 PlateType)
(inReceptacle Plate_bar__plus_00_dot_00_bar__minus_00_dot_49_bar__minus_02_dot_81 Shelf_bar__minus_01_dot_50_bar__minus_02_dot_41_bar__plus_02_dot_86)
(objectAtLocation Plate_bar__plus_00_dot_00_bar__minus_00_dot_49_bar__minus_02_dot_81 loc_bar__minus_9_bar_3_bar_1_bar_0)
(pickupable Plate_bar__plus_00_dot_00_bar__minus_00_dot_49_bar__minus_02_dot_81)
(heatable Plate_bar__plus_00_dot_00_bar__minus_00_dot_49_bar__minus_02_dot_81)
(coolable Plate_bar__plus_00_dot_00_bar__minus_00_dot_49_bar__minus_02_dot_81)
(cleanable Plate_bar__plus_00_dot_00_bar__minus_00_dot_49_bar__minus_02_dot_81)
(isReceptacleObject Plate_bar__plus_00_dot_00_bar__minus_00_dot_49_bar__minus_02_dot_81)
(objectType Tomato_bar__plus_01_dot_78_bar__plus_02_dot_16_bar__plus_00_dot_68 TomatoType)
(inReceptacle Tomato_bar__plus_01_dot_78_bar__plus_02_dot_16_bar__plus_00_dot_68 DiningTable_bar__plus_01_dot_25_bar__minus_01_dot_14_bar__minus_00_dot_82)
(objectAtLocation Tomato_bar__plus_01_dot_78_bar__plus_02_dot_16_bar__plus_00_dot_68 loc_bar_7_bar_4_bar_2_bar_30)
(pickupable Tomato_bar__plus_01_dot_78_bar__plus_02_dot_16_bar__plus_00_dot_68)
(heatable Tomato_bar__plus_01_dot_78_bar__plus_02_dot_16_bar__plus_00_dot_68)
(coolable Tomato_bar__plus_01_dot_78_bar__plus_02_dot_16_bar__plus_00_dot_68)
(cleanable Tomato_bar__plus_01_dot_78_bar__plus_02_dot_16_bar__plus_00_dot_68)
(sliceable Tomato_bar__plus_01_dot_78_bar__plus_02_dot_16_bar__plus_00_dot_68)
(objectType Mug_bar__minus_00_dot_47_bar__plus_02_dot_49_bar__plus_00_dot_16 MugType)
(inReceptacle Mug_bar__minus_00_dot_47_bar__plus_02_dot_49_bar__plus_00_dot_16 CoffeeMachine_bar__plus_00_dot_00_bar__minus_01_dot_54_bar__minus_01_dot_20)
(objectAtLocation Mug_bar__minus_00_dot_47_bar__plus_02_dot_49_bar__plus_00_dot_16 loc_bar_9_bar_9_bar_1_bar_30)
(pickupable Mug_bar__minus_00_dot_47_bar__plus_02_dot_49_bar__plus_00_dot_16)
(heatable Mug_bar__minus_00_dot_47_bar__plus_02_dot_49_bar__plus_00_dot_16)
(coolable Mug_bar__minus_00_dot_47_bar__plus_02_dot_49_bar__plus_00_dot_16)
(cleanable Mug_bar__minus_00_dot_47_bar__plus_02_dot_49_bar__plus_00_dot_16)
(isReceptacleObject Mug_bar__minus_00_dot_47_bar__plus_02_dot_49_bar__plus_00_dot_16)
(objectType Bowl_bar__minus_01_dot_28_bar__plus_01_dot_08_bar__minus_02_dot_46 BowlType)
(inReceptacle Bowl_bar__minus_01_dot_28_bar__plus_01_dot_08_bar__minus_02_dot_46 Shelf_bar__minus_01_dot_50_bar__minus_02_dot_41_bar__plus_02_dot_86)
(objectAtLocation Bowl_bar__minus_01_dot_28_bar__plus_01_dot_08_bar__minus_02_dot_46 loc_bar__minus_9_bar_3_bar_1_bar_0)
(pickupable Bowl_bar__minus_01_dot_28_bar__plus_01_dot_08_bar__minus_02_dot_46)
(coolable Bowl_bar__minus_01_dot_28_bar__plus_01_dot_08_bar__minus_02_dot_46)
(cleanable Bowl_bar__minus_01_dot_28_bar__plus_01_dot_08_bar__minus_02_dot_46)
(isReceptacleObject Bowl_bar__minus_01_dot_28_bar__plus_01_dot_08_bar__minus_02_dot_46)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 LettuceType)
                                    (receptacleType ?r DiningTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 LettuceType)
                                            (receptacleType ?r DiningTableType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
